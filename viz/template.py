"""The page every picture is rendered into: our own Jinja2 template for pyvis (autoescaped).

pyvis's own template links vis-network and bootstrap from CDNs, writes ``heading`` raw and turns
every tooltip into ``innerHTML`` when any title contains "href". This one loads vis-network from the
app (or inlines it), has no bootstrap, puts the graph in a ``application/json`` script element
(``tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and makes tooltips text nodes.
"""

from __future__ import annotations

import json

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

from .style import SVG_SHAPES

PICTURE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{{ heading }}</title>
{% if page.inline %}<style>{{ page.vis_css }}</style>
<script>{{ page.vis_js }}</script>
{% else %}<link rel="stylesheet" href="{{ page.static }}/vis-network.css">
<script src="{{ page.static }}/vis-network.min.js"></script>
{% endif %}<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; }
body { display: flex; flex-direction: column; }
header { padding: 6px 12px; border-bottom: 1px solid #d8dee4; background: #f6f8fa; }
header h1 { font-size: 17px; margin: 0 12px 0 0; display: inline; }
header .pg-summary { color: #57606a; }
header a { color: #0b5cad; }
form.pg-controls { margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
form.pg-controls fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
form.pg-controls legend { float: left; margin-right: 6px; font-weight: 600; }
form.pg-controls select { max-width: 22em; }
main { flex: 1; display: flex; min-height: 0; }
#pgraph-network { flex: 1; min-width: 0; position: relative; background: #fff; }
aside.pg-legend { width: 210px; padding: 8px 12px; border-left: 1px solid #d8dee4; overflow-y: auto; background: #fbfcfd; }
aside.pg-legend h2 { font-size: 13px; margin: 6px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
aside.pg-legend ul { list-style: none; margin: 0 0 8px; padding: 0; }
aside.pg-legend li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
aside.pg-legend svg { flex: none; }
aside.pg-legend p { color: #57606a; font-size: 12px; }
.pg-count { color: #57606a; margin-left: auto; }
div.vis-tooltip { max-width: 420px; white-space: normal !important; }
.pg-tip { white-space: pre-wrap; font: 12px/1.35 system-ui, sans-serif; max-width: 400px; }
body.pg-embed header { display: none; }
body.pg-embed aside.pg-legend { width: 150px; font-size: 12px; }
</style>
</head>
<body class="{{ 'pg-embed' if page.embed else '' }}" data-kind="{{ page.kind }}">
<header>
<h1>{{ heading }}</h1>
<span class="pg-summary">{{ page.summary }}</span>
{% for link in page.links %} · <a href="{{ link.href }}">{{ link.text }}</a>{% endfor %}
{% if page.controls %}
<form class="pg-controls" method="get" action="">
{% for c in page.controls %}
{% if c.kind == "checkboxes" %}<fieldset><legend>{{ c.label }}</legend>
{% for o in c.options %}<label><input type="checkbox" name="{{ c.name }}" value="{{ o.value }}"{% if o.selected %} checked{% endif %}> {{ o.label }}</label>
{% endfor %}</fieldset>
{% elif c.kind == "select" %}<label>{{ c.label }} <select name="{{ c.name }}">
{% for o in c.options %}<option value="{{ o.value }}"{% if o.selected %} selected{% endif %}>{{ o.label }}</option>
{% endfor %}</select></label>
{% else %}<label>{{ c.label }} <input name="{{ c.name }}" value="{{ c.value or '' }}" size="{{ c.size or 10 }}" placeholder="{{ c.placeholder or '' }}"></label>
{% endif %}{% endfor %}
<button type="submit">Show</button> <a href="?">reset</a>
</form>
{% endif %}
</header>
<main>
<div id="pgraph-network" role="img" aria-label="{{ heading }}"></div>
<aside class="pg-legend">
{% for section in page.legend %}<h2>{{ section.title }}</h2>
<ul>{% for item in section["items"] %}
<li>{% if item.shape %}<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><g fill="{{ item.colour }}" stroke="{{ item.border or '#555' }}" stroke-width="1">{{ shapes[item.shape] }}</g></svg>{% elif item.line %}<svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><line x1="1" y1="6" x2="27" y2="6" stroke="{{ item.colour }}" stroke-width="{{ item.width }}"{% if item.dashes %} stroke-dasharray="4 3"{% endif %}/></svg>{% endif %}
<span>{{ item.label }}</span>{% if item.count is not none %}<span class="pg-count">{{ item.count }}</span>{% endif %}</li>
{% endfor %}</ul>
{% endfor %}
{% for note in page.notes %}<p>{{ note }}</p>
{% endfor %}
</aside>
</main>
<script id="pgraph-data" type="application/json">{{ {"nodes": nodes, "edges": edges}|tojson }}</script>
<script id="pgraph-options" type="application/json">{{ options|fromjson|tojson }}</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pgraph-data").textContent);
  var options = JSON.parse(document.getElementById("pgraph-options").textContent);
  function tip(text) {
    var el = document.createElement("div");
    el.className = "pg-tip";
    el.textContent = text;
    return el;
  }
  data.nodes.forEach(function (n) { if (typeof n.title === "string") { n.title = tip(n.title); } });
  data.edges.forEach(function (e) { if (typeof e.title === "string") { e.title = tip(e.title); } });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("pgraph-network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  var root = document.documentElement;
  function ready() {  // drawn and still: data-ready-ms is the time since navigation started
    root.setAttribute("data-ready", "true");
    root.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  }
  if (options.physics && options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: false});
      network.fit();
      network.once("afterDrawing", ready);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
  }
  function open(url) {
    var target = window;
    try {
      if (window.top !== window && window.top.location.host === window.location.host) { target = window.top; }
    } catch (err) { target = window; }
    target.location.assign(url);
  }
  network.on("click", function (params) {
    if (!params.nodes.length) { return; }
    var node = nodes.get(params.nodes[0]);
    if (node && typeof node.url === "string" && /^(https?:\\/\\/|\\/)/.test(node.url)) { open(node.url); }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = "default"; });
  window.pgraph = {network: network, nodes: nodes, edges: edges};
})();
</script>
</body>
</html>
"""


def environment() -> Environment:
    """A fresh, autoescaping environment holding the picture template (nothing is shared)."""
    env = Environment(
        loader=DictLoader({"picture.html": PICTURE}),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["fromjson"] = json.loads
    env.globals["shapes"] = {name: Markup(svg) for name, svg in SVG_SHAPES.items()}
    return env
