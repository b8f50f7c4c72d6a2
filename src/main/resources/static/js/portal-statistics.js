// Feedback figures as charts (the portal's statistics and the staff statistics page). Each canvas
// carries its data in data-chart (no inline script: the CSP forbids it); a table beside it holds the
// same figures for screen readers and for anyone without JavaScript.
(function () {
    "use strict";
    var COLORS = ["#0d6efd", "#198754", "#dc3545", "#ffc107", "#6f42c1", "#20c997", "#fd7e14", "#6c757d"];

    function months(canvas, data) {
        var stacked = [COLORS[3], COLORS[1], COLORS[2]];
        var datasets = data.series.map(function (series, i) {
            return { type: "bar", label: series.label, data: series.data, backgroundColor: stacked[i], stack: "items", yAxisID: "y" };
        });
        datasets.push({ type: "line", label: data.rate.label, data: data.rate.data, borderColor: "#212529",
            backgroundColor: "#212529", yAxisID: "rate", tension: 0.2, spanGaps: true });
        return new Chart(canvas, {
            data: { labels: data.labels, datasets: datasets },
            options: {
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: "index", intersect: false },
                scales: {
                    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
                    x: { stacked: true },
                    rate: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false },
                        ticks: { callback: function (value) { return value + " %"; } } }
                }
            }
        });
    }

    function bars(canvas, data) {
        return new Chart(canvas, {
            type: "bar",
            data: { labels: data.labels, datasets: [{ label: data.series[0].label, data: data.series[0].data,
                backgroundColor: COLORS[0] }] },
            options: {
                indexAxis: "y",
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: false } },
                scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    }

    function draw() {
        if (typeof Chart === "undefined") {
            return;
        }
        document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
            var data = JSON.parse(canvas.getAttribute("data-chart"));
            if (data.kind === "months") {
                months(canvas, data);
            } else {
                bars(canvas, data);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", draw);
    } else {
        draw();
    }
})();
