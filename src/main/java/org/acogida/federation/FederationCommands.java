package org.acogida.federation;

import java.io.PrintStream;
import java.util.List;

import org.acogida.federation.internal.TrustedKeys;
import org.acogida.platform.command.AcogidaCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./acogida federation keys MEMBER...}: the public keys of members this node hosts, as the
 * trust list holds them, for the secretariat to publish; {@code ./acogida federation verify-log}:
 * walks the node's message log, exit code 1 if anything in it was changed.
 */
@Configuration
class FederationCommands {

    @Bean
    AcogidaCommand federationKeys(Federation federation, JsonMapper json) {
        return new AcogidaCommand() {
            @Override
            public String name() {
                return "federation keys";
            }

            @Override
            public String summary() {
                return "print the public keys of members this node hosts, for the coalition's trust list";
            }

            @Override
            public int run(List<String> arguments, PrintStream out) {
                if (arguments.isEmpty() || arguments.stream().anyMatch(m -> !m.matches("[A-Z]{3}"))) {
                    out.println("Name the members, by ISO 3166 alpha-3 code: ./acogida federation keys GTM");
                    return 2;
                }
                List<MemberKeys> keys = arguments.stream().map(federation::publicKeysOf).toList();
                out.println(json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(new TrustedKeys.TrustListFile(keys)));
                return 0;
            }
        };
    }

    @Bean
    AcogidaCommand federationSignTrustList(org.acogida.federation.internal.TrustListSigner signer) {
        return new AcogidaCommand() {
            @Override
            public String name() {
                return "federation sign-trust-list";
            }

            @Override
            public String summary() {
                return "sign the coalition's trust list as the secretariat (writes FILE.sig) and print the key nodes pin";
            }

            @Override
            public int run(List<String> arguments, PrintStream out) {
                if (arguments.size() != 1 || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arguments.getFirst()))) {
                    out.println("Name the trust list file: ./acogida federation sign-trust-list trust-list.json");
                    return 2;
                }
                java.nio.file.Path signature = signer.sign(java.nio.file.Path.of(arguments.getFirst()));
                out.println("Signed: " + signature);
                out.println("Each node pins the secretariat's key: ACOGIDA_TRUST_LIST_KEY=" + signer.publicKey());
                return 0;
            }
        };
    }

    @Bean
    AcogidaCommand federationVerifyLog(Federation federation) {
        return new AcogidaCommand() {
            @Override
            public String name() {
                return "federation verify-log";
            }

            @Override
            public String summary() {
                return "walk the node's message log: links, hashes, seals and each letter's signature";
            }

            @Override
            public int run(List<String> arguments, PrintStream out) {
                LogVerification verification = federation.verifyLog();
                if (verification.intact()) {
                    out.printf("Message log intact: %d entries, each sealed and each letter's signature verified.%n", verification.entries());
                    return 0;
                }
                out.printf("Message log BROKEN: %d entries walked, %d problem(s):%n", verification.entries(), verification.problems().size());
                verification.problems().forEach(p -> out.printf("  entry %d: %s%n", p.position(), p.what()));
                return 1;
            }
        };
    }
}
