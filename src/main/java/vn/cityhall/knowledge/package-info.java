/**
 * Legal and administrative questions and answers that staff maintain (categories, keywords, links to
 * official sources), searched without accents by citizens on the portal and on Zalo, and
 * announcements that staff broadcast to the channel's followers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package vn.cityhall.knowledge;
