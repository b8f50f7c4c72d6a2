/**
 * Legal and administrative questions and answers that staff maintain (categories, keywords, links to
 * official sources), searched without accents by citizens on the portal and on Zalo, and
 * announcements that staff broadcast to the channel's followers. Depends on the organization module only
 * (who may edit), besides the shared types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge", allowedDependencies = "organization")
package vn.cityhall.knowledge;
