// Command hydra is Ory Hydra, built from the Go module proxy through this wrapper module.
// Hydra's own go.mod has replace directives, so `go install github.com/ory/hydra/v2@<version>`
// refuses it; this module repeats them. The body mirrors Hydra's own main.go.
package main

import (
	"github.com/ory/hydra/v2/cmd"
	"github.com/ory/x/profilex"
)

func main() {
	defer profilex.Profile().Stop()

	cmd.Execute()
}
