// The portal's maps (Leaflet): the feedback form's pin with "use my location" and the suggested commune,
// the published answers' points, and one answer's rounded location. Settings and texts come from the
// map element's data-* attributes (no inline script: the CSP forbids it). Without a tile server, or
// when its tiles fail to load, the map area shows a short message and the form works without it.
(function () {
    "use strict";

    function showMessage(element) {
        var message = element.querySelector(".portal-map-message");
        if (message) {
            message.hidden = false;
        }
        element.classList.add("portal-map-off");
    }

    // A map with the configured tiles, or null (and the message) when there is none.
    function baseMap(element) {
        var url = element.getAttribute("data-tile-url");
        if (!url || typeof L === "undefined") {
            showMessage(element);
            return null;
        }
        var map = L.map(element, { scrollWheelZoom: false }).setView(
            [parseFloat(element.getAttribute("data-lat")), parseFloat(element.getAttribute("data-lng"))],
            parseInt(element.getAttribute("data-zoom"), 10));
        var tiles = L.tileLayer(url, { attribution: element.getAttribute("data-attribution") || "", maxZoom: 19 });
        var loaded = false;
        var failed = 0;
        tiles.on("tileload", function () {
            loaded = true;
        });
        tiles.on("tileerror", function () {
            failed += 1;
            if (!loaded && failed >= 3) {
                showMessage(element);
            }
        });
        tiles.addTo(map);
        return map;
    }

    function pin(element) {
        var map = baseMap(element);
        var latitude = document.getElementById("field-latitude");
        var longitude = document.getElementById("field-longitude");
        var commune = document.getElementById("field-communeId");
        var status = document.getElementById("pin-status");
        var locate = document.getElementById("pin-locate");
        var clear = document.getElementById("pin-clear");
        var marker = null;
        var suggested = null;

        function say(text) {
            status.textContent = text;
        }

        function suggest(lat, lng) {
            fetch("/portal/communes/near?lat=" + lat + "&lng=" + lng, { headers: { Accept: "application/json" } })
                .then(function (response) {
                    return response.status === 200 ? response.json() : null;
                })
                .then(function (found) {
                    if (!found) {
                        say(element.getAttribute("data-no-suggestion"));
                        return;
                    }
                    // Only fill the commune the citizen has not chosen themselves.
                    if (commune.value === "" || commune.value === suggested) {
                        commune.value = String(found.id);
                        suggested = commune.value;
                    }
                    say(element.getAttribute("data-suggested") + " " + found.name);
                })
                .catch(function () {
                    say(element.getAttribute("data-no-suggestion"));
                });
        }

        function place(lat, lng, centre) {
            latitude.value = lat.toFixed(6);
            longitude.value = lng.toFixed(6);
            clear.hidden = false;
            if (map) {
                if (marker) {
                    marker.setLatLng([lat, lng]);
                } else {
                    marker = L.marker([lat, lng], { draggable: true, keyboard: true }).addTo(map);
                    marker.on("dragend", function () {
                        var moved = marker.getLatLng();
                        place(moved.lat, moved.lng, false);
                    });
                }
                if (centre) {
                    map.setView([lat, lng], Math.max(map.getZoom(), 16));
                }
            }
            suggest(latitude.value, longitude.value);
        }

        if (map) {
            map.on("click", function (event) {
                place(event.latlng.lat, event.latlng.lng, false);
            });
        }
        if (latitude.value && longitude.value && !isNaN(parseFloat(latitude.value))) {
            place(parseFloat(latitude.value), parseFloat(longitude.value), true);
        }
        if (navigator.geolocation) {
            locate.hidden = false;
            locate.addEventListener("click", function () {
                navigator.geolocation.getCurrentPosition(function (position) {
                    place(position.coords.latitude, position.coords.longitude, true);
                    say(element.getAttribute("data-located"));
                }, function () {
                    say(element.getAttribute("data-location-failed"));
                }, { enableHighAccuracy: true, timeout: 15000 });
            });
        }
        clear.addEventListener("click", function () {
            latitude.value = "";
            longitude.value = "";
            clear.hidden = true;
            if (marker) {
                marker.remove();
                marker = null;
            }
            say("");
        });
    }

    function points(element) {
        var map = baseMap(element);
        if (!map) {
            return;
        }
        fetch(element.getAttribute("data-points"), { headers: { Accept: "application/json" } })
            .then(function (response) {
                return response.ok ? response.json() : [];
            })
            .then(function (items) {
                var bounds = [];
                items.forEach(function (item) {
                    var link = document.createElement("a");
                    link.href = (element.getAttribute("data-link-prefix") || "/portal/answers/")
                        + encodeURIComponent(item.code);
                    link.textContent = element.getAttribute("data-open-label") + " " + item.code;
                    L.circleMarker([item.latitude, item.longitude],
                        { radius: 7, color: item.late ? "#dc3545" : "#a4161a", fillOpacity: item.late ? 0.8 : 0.2, weight: 2 })
                        .bindPopup(link).addTo(map);
                    bounds.push([item.latitude, item.longitude]);
                });
                if (bounds.length > 0) {
                    map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
                }
            });
    }

    function point(element) {
        var map = baseMap(element);
        if (map) {
            L.circle([parseFloat(element.getAttribute("data-lat")), parseFloat(element.getAttribute("data-lng"))],
                { radius: 100, color: "#a4161a" }).addTo(map);
        }
    }

    function start() {
        document.querySelectorAll(".portal-map").forEach(function (element) {
            if (element.getAttribute("data-pin")) {
                pin(element);
            } else if (element.getAttribute("data-points")) {
                points(element);
            } else if (element.getAttribute("data-point")) {
                point(element);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
