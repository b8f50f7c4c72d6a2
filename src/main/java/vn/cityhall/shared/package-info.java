/**
 * Value types and web layout support that every module may use: Vietnamese text helpers,
 * the page context handed to templates, message bundles, navigation contributions and the
 * audit contract that events implement. Holds no business logic.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.cityhall.shared;
