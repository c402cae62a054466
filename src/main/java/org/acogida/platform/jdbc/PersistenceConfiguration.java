package org.acogida.platform.jdbc;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    ScopedTransactionManager transactionManager(DataSource dataSource) {
        return new ScopedTransactionManager(dataSource);
    }
}
