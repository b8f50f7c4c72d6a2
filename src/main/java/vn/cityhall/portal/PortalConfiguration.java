package vn.cityhall.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.ImageOrigins;

/** The map's tile server is the one place outside CityHall that the portal's pages load images from. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    ImageOrigins mapTileOrigin(PortalSettings settings) {
        return ImageOrigins.ofUrlTemplate(settings.map().tileUrl());
    }
}
