package org.acogida.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acogida.AcogidaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a federation, in this JVM: the whole application on its own PostgreSQL database,
 * with its own keys directory, hosting the members it is given and talking to the others through
 * the NATS server at {@code natsUrl}, with its members' own credentials.
 */
public final class MemberNode implements AutoCloseable {

    /**
     * What a node is: its name, its members, its database, its keys, its broker, the coalition's
     * trust list, and whether it is the secretariat's (it receives the members' returns).
     */
    public record Setup(String name, List<String> members, String jdbcUrl, Path keys, String natsUrl, Path credentials, Path trustList,
                        boolean secretariat) {

        /** The secretariat's node: its credentials carry the secretariat's NATS password too. */
        public static Setup secretariat(String name, List<String> members, NatsServerProcess nats, Path directory, Path trustList) {
            Setup setup = of(name, members, nats, directory, trustList);
            try {
                java.nio.file.Files.writeString(setup.credentials(), "\nSECRETARIAT=" + nats.password("SECRETARIAT") + "\n",
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Setup(setup.name(), setup.members(), setup.jdbcUrl(), setup.keys(), setup.natsUrl(), setup.credentials(), setup.trustList(), true);
        }

        /**
         * A node of a test federation: a new database named after it, its keys and its members'
         * credentials under {@code directory}, the broker and the trust list given.
         */
        public static Setup of(String name, List<String> members, NatsServerProcess nats, Path directory, Path trustList) {
            Path credentials = directory.resolve(name + "-nats.properties");
            try {
                java.nio.file.Files.writeString(credentials, members.stream().map(m -> m + "=" + nats.password(m))
                        .collect(java.util.stream.Collectors.joining("\n")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Setup(name, members, PostgresDatabase.extraDatabaseUrl(name), directory.resolve(name + "-keys"), nats.url(), credentials,
                    trustList, false);
        }

        public Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", jdbcUrl);
            properties.put("spring.datasource.username", PostgresDatabase.APP_ROLE);
            properties.put("spring.datasource.password", "");
            properties.put("spring.flyway.url", jdbcUrl);
            properties.put("spring.flyway.user", PostgresDatabase.adminUser());
            properties.put("spring.flyway.password", PostgresDatabase.adminPassword());
            properties.put("acogida.keys.directory", keys.toString());
            properties.put("acogida.federation.node", name);
            properties.put("acogida.federation.members", String.join(",", members));
            properties.put("acogida.federation.nats-url", natsUrl);
            properties.put("acogida.federation.credentials", credentials.toString());
            properties.put("acogida.federation.trust-list", trustList.toString());
            properties.put("acogida.federation.secretariat", String.valueOf(secretariat));
            properties.put("acogida.sharing.resend-every", "PT0.5S");
            properties.put("acogida.sharing.resend-after", "PT1S");
            properties.put("server.port", "0");
            return properties;
        }
    }

    public final Setup setup;
    private final ConfigurableApplicationContext context;

    private MemberNode(Setup setup, ConfigurableApplicationContext context) {
        this.setup = setup;
        this.context = context;
    }

    public static MemberNode start(Setup setup) {
        // As arguments, not default properties: those would lose to the test profile's own (its keys directory, for one).
        String[] arguments = setup.properties().entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AcogidaApplication.class).profiles("test").run(arguments);
        return new MemberNode(setup, context);
    }

    /** Where the node serves its pages. */
    public String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
