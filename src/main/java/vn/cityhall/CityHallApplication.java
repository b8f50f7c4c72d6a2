package vn.cityhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * CityHall: an open platform for a Vietnamese city's digital government, one deployable
 * modular monolith. Each direct sub-package is a module; {@code shared} holds value types and
 * web layout support that every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class CityHallApplication {

    public static void main(String[] args) {
        SpringApplication.run(CityHallApplication.class, args);
    }
}
