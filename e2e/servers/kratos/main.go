// Command kratos is Ory Kratos, built from the Go module proxy through this wrapper module.
// Kratos' own go.mod has replace directives, so `go install github.com/ory/kratos@<version>`
// refuses it; this module repeats them. The body mirrors Kratos' own main.go.
package main

import (
	"github.com/ory/kratos/cmd"
	"github.com/ory/kratos/driver"
	"github.com/ory/x/dbal"
	"github.com/ory/x/profilex"
)

func main() {
	defer profilex.Profile().Stop()
	dbal.RegisterDriver(func() dbal.Driver {
		return driver.NewRegistryDefault()
	})

	cmd.Execute()
}
