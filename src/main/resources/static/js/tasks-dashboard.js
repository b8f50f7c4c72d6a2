// The dashboard's monthly trend: stacked outcomes per month and the on-time rate on a second axis.
// The figures come from the canvas's data-chart attribute (no inline script: the CSP forbids it).
(function () {
    "use strict";
    function draw() {
        var canvas = document.getElementById("dashboard-trend");
        if (!canvas || typeof Chart === "undefined") {
            return;
        }
        var data = JSON.parse(canvas.getAttribute("data-chart"));
        var s = data.series;
        function bars(series, color) {
            return { type: "bar", label: series.label, data: series.data, backgroundColor: color, stack: "tasks", yAxisID: "y" };
        }
        new Chart(canvas, {
            data: {
                labels: data.labels,
                datasets: [
                    bars(s.onTime, "#198754"),
                    bars(s.late, "#ffc107"),
                    bars(s.overdue, "#dc3545"),
                    bars(s.open, "#0d6efd"),
                    { type: "line", label: s.rate.label, data: s.rate.data, borderColor: "#212529", backgroundColor: "#212529",
                      yAxisID: "rate", tension: 0.2, spanGaps: true }
                ]
            },
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
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", draw);
    } else {
        draw();
    }
})();
