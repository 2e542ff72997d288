// The English text Kratos sends for each message id, as `text/message_*.go` of v0.11.0 builds it (Go's
// verbs such as `%s`, `%d`, `%.2f` stand for run-time values). The same texts, word for word, in v0.9.0-alpha.3,
// v0.10.1 and v0.11.1. Ids whose whole text is a run-time value (1070002, 1050006, 1050009, 1050015, 4000001,
// 5000001) are not listed: any text is theirs. `agreesWithCatalog` reads them to tell a message of another
// meaning (an older server's, a webhook's) from the one the catalog translates.
//
// Written in parts like the English catalog (kratos-texts/): a translator knows `kratosCore`, each flow
// component adds its own ids' texts with its English. This is the whole table.
import type { KratosTexts } from './agrees.ts';
import { kratosCore } from './kratos-texts/core.ts';
import { kratosRecovery } from './kratos-texts/recovery.ts';
import { kratosRegistration } from './kratos-texts/registration.ts';
import { kratosSettings } from './kratos-texts/settings.ts';
import { kratosVerification } from './kratos-texts/verification.ts';

export const kratosTexts: KratosTexts = { ...kratosCore, ...kratosRegistration, ...kratosSettings, ...kratosRecovery, ...kratosVerification };
