/**
 * The city's organization: units as a tree (city, departments, communes, divisions), the people
 * who work in them with their positions and roles, their login accounts, and the one access
 * policy every module uses to decide who may see or act on what a unit owns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.cityhall.organization;
