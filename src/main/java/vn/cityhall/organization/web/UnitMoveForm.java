package vn.cityhall.organization.web;

/** Where to move a unit: the code of its new parent. */
public record UnitMoveForm(String parentCode) {
}
