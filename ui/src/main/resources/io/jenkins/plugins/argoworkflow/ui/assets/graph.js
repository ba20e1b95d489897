/*
 * The node graph page of argo-workflow: draws the JSON view the host computes (positions included), polls it
 * while the run goes on, and shows a node's details and log in a side panel. Served unchanged by every host
 * (the CLI dashboard, Jenkins): URLs and the action token come from data-* attributes of the .argowf element,
 * nothing is inline, and every text from the run is set with textContent or setAttribute, never as markup.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  /** Past this many nodes only those near the visible part of the graph are in the DOM (drawn again on pan). */
  var CULL_FROM = 1500;
  var ICONS = {
    Succeeded: '\u2714', Failed: '\u2716', Error: '\u26a0', Running: '\u25cf', Pending: '\u25f7',
    Skipped: '\u21b7', Omitted: '\u2205'
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); }
    }
    return e;
  }

  function button(label, cls, onClick) {
    var b = el('button', cls, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function icon(node) {
    if (node.type === 'Suspend' && node.phase === 'Running') { return '\u23f8'; }
    return ICONS[node.phase] || '\u25cb';
  }

  function formatDuration(seconds) {
    if (seconds === undefined || seconds === null || isNaN(seconds)) { return ''; }
    seconds = Math.max(0, Math.round(seconds));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    return (h ? h + 'h ' : '') + (h || m ? m + 'm ' : '') + s + 's';
  }

  function durationOf(item) {
    if (item.duration !== undefined) { return formatDuration(item.duration); }
    if (item.startedAt && !item.finishedAt) {
      return formatDuration((Date.now() - Date.parse(item.startedAt)) / 1000) + ' (running)';
    }
    return '';
  }

  function truncate(text, max) {
    return text.length > max ? text.substring(0, max - 1) + '\u2026' : text;
  }

  /** A performance mark (the benchmark reads them), where the browser has the API. */
  function mark(name) {
    if (window.performance && performance.mark) { performance.mark(name); }
  }

  function Dashboard(root) {
    this.root = root;
    this.viewUrl = root.getAttribute('data-view-url');
    this.logUrl = root.getAttribute('data-log-url');
    this.findUrl = root.getAttribute('data-find-url') || '';
    this.actionUrl = root.getAttribute('data-action-url') || '';
    this.token = root.getAttribute('data-token') || '';
    // The header the token travels in: the dashboard's own, or Jenkins's crumb header on the run page.
    this.tokenHeader = root.getAttribute('data-token-header') || 'X-Argowf-Token';
    this.pollMs = parseInt(root.getAttribute('data-poll-ms') || '1000', 10);
    this.expanded = {};
    this.collapsed = {};
    this.view = null;
    this.etag = null;
    this.byId = {};
    this.selected = null;
    this.transform = { x: 0, y: 0, k: 1 };
    this.fitted = false;
    this.matches = [];
    this.matchIds = {};
    this.matchIndex = -1;
    this.log = null;
    this.build();
    this.refresh();
  }

  Dashboard.prototype.build = function () {
    var self = this;
    var bar = el('div', 'argowf-toolbar');
    this.title = el('span', 'argowf-title');
    this.summary = el('span', 'argowf-summary');
    this.find = el('input', 'argowf-find');
    this.find.type = 'search';
    this.find.placeholder = 'Find a node by name';
    this.find.setAttribute('aria-label', 'Find a node by name');
    this.findCount = el('span', 'argowf-find-count');
    this.find.addEventListener('input', function () { self.search(false); });
    this.find.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { self.search(true); }
    });
    this.runButtons = el('span', 'argowf-run-buttons');
    bar.appendChild(this.title);
    bar.appendChild(this.summary);
    bar.appendChild(this.find);
    bar.appendChild(this.findCount);
    bar.appendChild(button('\u2212', 'argowf-zoom-out', function () { self.zoom(1 / 1.25); }));
    bar.appendChild(button('+', 'argowf-zoom-in', function () { self.zoom(1.25); }));
    bar.appendChild(button('Fit', 'argowf-fit', function () { self.fit(); }));
    bar.appendChild(this.runButtons);
    this.status = el('div', 'argowf-status');
    var main = el('div', 'argowf-main');
    this.svg = svgEl('svg', { 'class': 'argowf-graph', role: 'img', 'aria-label': 'Workflow graph' });
    this.viewport = svgEl('g', { 'class': 'argowf-viewport' });
    this.svg.appendChild(this.viewport);
    this.panel = el('aside', 'argowf-panel');
    this.panel.hidden = true;
    main.appendChild(this.svg);
    main.appendChild(this.panel);
    this.root.appendChild(bar);
    this.root.appendChild(this.status);
    this.root.appendChild(main);
    this.svg.addEventListener('click', function (e) {
      var g = e.target.closest ? e.target.closest('g.argowf-node') : null;
      if (g) { self.select(g.getAttribute('data-id')); }
    });
    // A node's full name as a tooltip, made when the pointer first reaches the node rather than for every node.
    this.svg.addEventListener('mouseover', function (e) {
      var g = e.target.closest ? e.target.closest('g.argowf-node') : null;
      var node = g ? self.byId[g.getAttribute('data-id')] : null;
      if (node && !g.querySelector('title')) {
        var title = svgEl('title', {});
        title.textContent = (node.name || node.displayName) + ' (' + (node.type || '') + ', ' + (node.phase || '') + ')';
        g.insertBefore(title, g.firstChild);
      }
    });
    this.svg.addEventListener('dblclick', function (e) {
      var g = e.target.closest ? e.target.closest('g.argowf-node') : null;
      var node = g ? self.byId[g.getAttribute('data-id')] : null;
      if (node && node.kind === 'group') { self.toggleGroup(node.group, false); }
    });
    this.enablePanZoom();
  };

  Dashboard.prototype.enablePanZoom = function () {
    var self = this, drag = null;
    this.svg.addEventListener('pointerdown', function (e) {
      if (e.button !== 0 || (e.target.closest && e.target.closest('g.argowf-node'))) { return; }
      drag = { x: e.clientX, y: e.clientY, tx: self.transform.x, ty: self.transform.y };
      self.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', function (e) {
      if (!drag) { return; }
      self.transform.x = drag.tx + e.clientX - drag.x;
      self.transform.y = drag.ty + e.clientY - drag.y;
      self.applyTransform();
    });
    this.svg.addEventListener('pointerup', function () { drag = null; });
    this.svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = self.svg.getBoundingClientRect();
      self.zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
  };

  Dashboard.prototype.applyTransform = function () {
    var t = this.transform;
    this.viewport.setAttribute('transform', 'translate(' + t.x + ',' + t.y + ') scale(' + t.k + ')');
    if (this.drawnBox) { this.scheduleRedraw(); }
  };

  /** The part of the graph the viewport shows, in graph coordinates, grown by {@code slack} of its size. */
  Dashboard.prototype.visibleBox = function (slack) {
    var r = this.svg.getBoundingClientRect(), t = this.transform;
    var w = r.width / t.k, h = r.height / t.k, x = -t.x / t.k, y = -t.y / t.k;
    return { x0: x - w * slack, y0: y - h * slack, x1: x + w * (1 + slack), y1: y + h * (1 + slack) };
  };

  /** After a pan or zoom of a culled graph: draw again once the viewport leaves what was drawn. */
  Dashboard.prototype.scheduleRedraw = function () {
    var self = this;
    if (this.redrawPending) { return; }
    this.redrawPending = true;
    requestAnimationFrame(function () {
      self.redrawPending = false;
      var b = self.visibleBox(0), d = self.drawnBox;
      if (d && (b.x0 < d.x0 || b.y0 < d.y0 || b.x1 > d.x1 || b.y1 > d.y1)) { self.draw(self.view); }
    });
  };

  Dashboard.prototype.zoom = function (factor, cx, cy) {
    var r = this.svg.getBoundingClientRect();
    if (cx === undefined) { cx = r.width / 2; cy = r.height / 2; }
    var t = this.transform, k = Math.min(4, Math.max(0.02, t.k * factor));
    t.x = cx - (cx - t.x) * (k / t.k);
    t.y = cy - (cy - t.y) * (k / t.k);
    t.k = k;
    this.applyTransform();
  };

  Dashboard.prototype.fit = function () {
    if (!this.view) { return; }
    var r = this.svg.getBoundingClientRect();
    var fitWidth = Math.min(1, r.width / Math.max(1, this.view.width));
    var k = Math.min(fitWidth, r.height / Math.max(1, this.view.height));
    if (k < 0.25) { k = Math.max(0.25, fitWidth); } // too big to see whole: its top, as wide as readable
    this.transform = { k: k, x: Math.max(0, (r.width - this.view.width * k) / 2), y: 0 };
    this.applyTransform();
  };

  Dashboard.prototype.centerOn = function (node) {
    var r = this.svg.getBoundingClientRect(), t = this.transform;
    t.x = r.width / 2 - (node.x + this.width(node) / 2) * t.k;
    t.y = r.height / 2 - (node.y + this.height(node) / 2) * t.k;
    this.applyTransform();
  };

  Dashboard.prototype.query = function () {
    var parts = [], e = Object.keys(this.expanded), c = Object.keys(this.collapsed);
    if (e.length) { parts.push('expand=' + encodeURIComponent(e.join(','))); }
    if (c.length) { parts.push('collapse=' + encodeURIComponent(c.join(','))); }
    return parts.length ? '?' + parts.join('&') : '';
  };

  Dashboard.prototype.refresh = function () {
    var self = this, headers = {};
    if (this.etag) { headers['If-None-Match'] = this.etag; }
    clearTimeout(this.timer);
    mark('argowf-fetch');
    return fetch(this.viewUrl + this.query(), { headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 304) { return null; }
        if (!response.ok) { throw new Error('view: HTTP ' + response.status); }
        self.etag = response.headers.get('ETag');
        return response.json().then(function (v) { mark('argowf-parsed'); return v; });
      })
      .then(function (view) {
        if (view) { self.show(view); }
        self.setStatus('');
      })
      .catch(function (e) { self.setStatus(String(e.message || e)); })
      .then(function () {
        if (!self.view || !self.isFinished(self.view.workflow)) {
          self.timer = setTimeout(function () { self.refresh(); }, self.pollMs);
        }
      });
  };

  Dashboard.prototype.isFinished = function (wf) {
    return wf.phase && wf.phase !== 'Running' && wf.phase !== 'Pending';
  };

  Dashboard.prototype.setStatus = function (text) {
    this.status.textContent = text;
    this.status.hidden = !text;
  };

  Dashboard.prototype.width = function (n) { return n.kind === 'dot' ? 14 : n.kind === 'group' ? 200 : 180; };
  Dashboard.prototype.height = function (n) { return n.kind === 'dot' ? 14 : n.kind === 'group' ? 40 : 36; };

  Dashboard.prototype.show = function (view) {
    this.view = view;
    this.byId = {};
    for (var i = 0; i < view.nodes.length; i++) { this.byId[view.nodes[i].id] = view.nodes[i]; }
    this.groups = {};
    for (var j = 0; j < view.groups.length; j++) { this.groups[view.groups[j].id] = view.groups[j]; }
    if (!this.fitted) { this.fit(); this.fitted = true; }
    this.draw(view);
    mark('argowf-dom');
    this.header(view.workflow);
    if (this.find.value) { this.highlight(); }
    if (this.focusAfterShow && this.byId[this.focusAfterShow]) {
      var id = this.focusAfterShow;
      this.focusAfterShow = null;
      this.focus(id);
    }
    if (this.selected && this.byId[this.selected]) { this.fillPanel(this.byId[this.selected]); }
    this.markDrawn(view.revision);
  };

  /** Marks the view drawn once the browser has painted it (two animation frames), for tests and benchmarks. */
  Dashboard.prototype.markDrawn = function (revision) {
    var root = this.root;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        if (!root.hasAttribute('data-first-drawn') && window.performance && performance.now) {
          root.setAttribute('data-first-drawn', String(Math.round(performance.now())));
        }
        root.setAttribute('data-drawn-revision', revision);
      });
    });
  };

  Dashboard.prototype.draw = function (view) {
    var bounds = svgEl('g', { 'class': 'argowf-boundaries' });
    var edges = svgEl('g', { 'class': 'argowf-edges' });
    var nodes = svgEl('g', { 'class': 'argowf-nodes' });
    var box = view.nodes.length > CULL_FROM ? this.visibleBox(0.5) : null;
    this.drawnBox = box;
    // Boxes around each Steps/DAG inside, outermost first so inner ones lie on top; the host placed them.
    var boundaries = view.boundaries || [];
    for (var b = 0; b < boundaries.length; b++) {
      var r = boundaries[b];
      if (box && (r.x + r.width < box.x0 || r.x > box.x1 || r.y + r.height < box.y0 || r.y > box.y1)) { continue; }
      bounds.appendChild(svgEl('rect', {
        x: r.x, y: r.y, width: r.width, height: r.height, rx: 10,
        'class': 'argowf-boundary phase-' + r.phase, 'data-id': r.id
      }));
    }
    // One path per phase for all edges: thousands of edges cost a handful of elements.
    var byPhase = {};
    for (var e = 0; e < view.edges.length; e++) {
      var points = view.edges[e].points;
      if (box && !edgeMeets(points, box)) { continue; }
      var to = this.byId[view.edges[e].to], phase = to ? to.phase : '';
      (byPhase[phase] = byPhase[phase] || []).push(edgePath(points));
    }
    for (var p in byPhase) {
      if (Object.prototype.hasOwnProperty.call(byPhase, p)) {
        edges.appendChild(svgEl('path', { d: byPhase[p].join(' '), 'class': 'argowf-edge phase-' + p }));
      }
    }
    for (var i = 0; i < view.nodes.length; i++) {
      var n = view.nodes[i];
      if (!box || (n.x + 200 >= box.x0 && n.x <= box.x1 && n.y + 40 >= box.y0 && n.y <= box.y1)) {
        nodes.appendChild(this.node(n));
      }
    }
    while (this.viewport.firstChild) { this.viewport.removeChild(this.viewport.firstChild); }
    this.viewport.appendChild(bounds);
    this.viewport.appendChild(edges);
    this.viewport.appendChild(nodes);
  };

  /** Whether the bounding box of an edge's points meets {@code box}. */
  function edgeMeets(p, box) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (var i = 0; i < p.length; i += 2) {
      x0 = Math.min(x0, p[i]); x1 = Math.max(x1, p[i]); y0 = Math.min(y0, p[i + 1]); y1 = Math.max(y1, p[i + 1]);
    }
    return x1 >= box.x0 && x0 <= box.x1 && y1 >= box.y0 && y0 <= box.y1;
  }

  /** An edge as path data: a vertical S-curve between each pair of its points. */
  function edgePath(p) {
    var d = 'M' + p[0] + ' ' + p[1];
    for (var i = 2; i < p.length; i += 2) {
      var midY = (p[i - 1] + p[i + 1]) / 2;
      d += 'C' + p[i - 2] + ' ' + midY + ' ' + p[i] + ' ' + midY + ' ' + p[i] + ' ' + p[i + 1];
    }
    return d;
  }

  Dashboard.prototype.node = function (n) {
    var w = this.width(n), h = this.height(n);
    var g = svgEl('g', {
      'class': 'argowf-node kind-' + n.kind + ' phase-' + n.phase + (n.folded ? ' folded' : '')
        + (n.id === this.selected ? ' selected' : '') + (this.matchIds[n.id] ? ' match' : ''),
      transform: 'translate(' + n.x + ',' + n.y + ')', 'data-id': n.id
    });
    if (n.kind === 'dot') {
      g.appendChild(svgEl('circle', { cx: 7, cy: 7, r: 6, 'class': 'argowf-shape' }));
      return g;
    }
    if (n.kind === 'group' || n.folded) {
      g.appendChild(svgEl('rect', { x: 6, y: -6, width: w, height: h, rx: 6, 'class': 'argowf-stack' }));
      g.appendChild(svgEl('rect', { x: 3, y: -3, width: w, height: h, rx: 6, 'class': 'argowf-stack' }));
    }
    g.appendChild(svgEl('rect', { width: w, height: h, rx: 6, 'class': 'argowf-shape' }));
    var mark = svgEl('text', { x: 16, y: h / 2, 'class': 'argowf-icon' });
    mark.textContent = n.kind === 'group' ? '\u29c9' : icon(n);
    g.appendChild(mark);
    var label = svgEl('text', { x: 30, y: h / 2, 'class': 'argowf-label' });
    label.textContent = truncate(String(n.displayName || n.name || n.id), n.kind === 'group' ? 23 : 20);
    g.appendChild(label);
    return g;
  };

  Dashboard.prototype.header = function (wf) {
    this.title.textContent = wf.name;
    this.title.className = 'argowf-title phase-' + (wf.phase || 'Pending');
    var parts = [wf.phase || 'Pending'];
    if (wf.progress) { parts.push(wf.progress); }
    var d = durationOf(wf);
    if (d) { parts.push(d); }
    parts.push(wf.nodeCount + ' nodes');
    if (wf.message) { parts.push(wf.message); }
    this.summary.textContent = parts.join(' \u00b7 ');
    while (this.runButtons.firstChild) { this.runButtons.removeChild(this.runButtons.firstChild); }
    if (this.actionUrl && !this.isFinished(wf)) {
      var self = this;
      this.runButtons.appendChild(button('Resume', 'argowf-resume-all', function () { self.act('resume', null); }));
      this.runButtons.appendChild(button('Stop', 'argowf-stop', function () { self.act('stop', null); }));
      this.runButtons.appendChild(button('Terminate', 'argowf-terminate', function () { self.act('terminate', null); }));
    }
  };

  Dashboard.prototype.act = function (action, nodeId) {
    var self = this, url = this.actionUrl + action + (nodeId ? '?node=' + encodeURIComponent(nodeId) : '');
    var headers = {};
    headers[this.tokenHeader] = this.token;
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers })
      .then(function (r) {
        if (!r.ok) { return r.text().then(function (t) { throw new Error(action + ': ' + t); }); }
        self.refresh();
      })
      .catch(function (e) { self.setStatus(String(e.message || e)); });
  };

  Dashboard.prototype.toggleGroup = function (groupId, collapse) {
    if (this.found) { this.found.stale = true; }
    if (collapse) { delete this.expanded[groupId]; } else { this.expanded[groupId] = true; }
    this.refresh();
  };

  Dashboard.prototype.toggleBoundary = function (nodeId, collapse) {
    if (this.found) { this.found.stale = true; }
    if (collapse) { this.collapsed[nodeId] = true; } else { delete this.collapsed[nodeId]; }
    this.refresh();
  };

  /** Marks the drawn nodes whose name contains the search text; returns those of the view that match. */
  Dashboard.prototype.highlight = function () {
    var q = this.find.value.trim().toLowerCase();
    var old = this.viewport.querySelectorAll('g.argowf-node.match');
    for (var i = 0; i < old.length; i++) { old[i].classList.remove('match'); }
    this.matches = [];
    this.matchIds = {};
    if (!q || !this.view) { return this.matches; }
    for (var j = 0; j < this.view.nodes.length; j++) {
      var n = this.view.nodes[j];
      if (String(n.displayName || '').toLowerCase().indexOf(q) >= 0 || String(n.name || '').toLowerCase().indexOf(q) >= 0) {
        this.matches.push(n);
        this.matchIds[n.id] = true;
      }
    }
    var gs = this.viewport.querySelectorAll('g.argowf-node');
    for (var k = 0; k < gs.length; k++) {
      if (this.matchIds[gs[k].getAttribute('data-id')]) { gs[k].classList.add('match'); }
    }
    return this.matches;
  };

  /**
   * Typing marks the drawn matches; Enter goes to the next match. With a find URL the host searches every node,
   * folded ones too, and says what to unfold: the page unfolds it, then selects and centres the node.
   */
  Dashboard.prototype.search = function (next) {
    var q = this.find.value.trim();
    this.highlight();
    if (!next) {
      this.found = null;
      this.matchIndex = -1;
      this.findCount.textContent = !q ? '' : this.matches.length ? this.matches.length + ' shown' : 'no match shown';
      return;
    }
    if (!q) { return; }
    if (this.findUrl) { this.findNext(q); return; }
    if (!this.matches.length) { this.findCount.textContent = 'no match'; return; }
    this.matchIndex = (this.matchIndex + 1) % this.matches.length;
    this.focus(this.matches[this.matchIndex].id);
    this.findCount.textContent = (this.matchIndex + 1) + '/' + this.matches.length;
  };

  Dashboard.prototype.findNext = function (q) {
    var self = this, fold = this.query();
    // A folding the viewer changed since makes the answer stale: ask again, keeping the place in the list.
    var index = this.found && this.found.q === q ? this.found.index : -1;
    var ready = this.found && this.found.q === q && !this.found.stale ? Promise.resolve(this.found)
      : fetch(this.findUrl + (fold ? fold + '&' : '?') + 'q=' + encodeURIComponent(q), { credentials: 'same-origin' })
        .then(function (r) {
          if (!r.ok) { return r.text().then(function (t) { throw new Error('find: ' + t); }); }
          return r.json();
        })
        .then(function (result) { self.found = { q: q, result: result, index: index }; return self.found; });
    return ready.then(function (found) {
      var list = found.result.matches;
      if (!list.length) { self.findCount.textContent = 'no match'; return; }
      found.index = (found.index + 1) % list.length;
      var m = list[found.index];
      self.findCount.textContent = (found.index + 1) + '/' + found.result.total;
      var unfold = false;
      m.expand.forEach(function (g) { if (!self.expanded[g]) { self.expanded[g] = true; unfold = true; } });
      m.open.forEach(function (id) { if (self.collapsed[id]) { delete self.collapsed[id]; unfold = true; } });
      if (unfold || !self.byId[m.id]) {
        self.focusAfterShow = m.id;
        return self.refresh();
      }
      self.focus(m.id);
    }).catch(function (e) { self.setStatus(String(e.message || e)); });
  };

  /** Selects a drawn node and centres the graph on it (after the panel opened, which narrows the graph). */
  Dashboard.prototype.focus = function (id) {
    var node = this.byId[id];
    if (!node) { return; }
    this.select(id);
    this.centerOn(node);
  };

  Dashboard.prototype.select = function (id) {
    var old = this.viewport.querySelector('g.argowf-node.selected');
    if (old) { old.classList.remove('selected'); }
    var node = this.byId[id];
    if (!node) { return; }
    var gs = this.viewport.querySelectorAll('g.argowf-node');
    for (var i = 0; i < gs.length; i++) {
      if (gs[i].getAttribute('data-id') === id) { gs[i].classList.add('selected'); }
    }
    if (this.selected !== id) { this.stopLog(); }
    this.selected = id;
    this.fillPanel(node);
  };

  function row(table, name, value) {
    if (value === undefined || value === null || value === '') { return; }
    var tr = el('tr');
    tr.appendChild(el('th', null, name));
    tr.appendChild(el('td', null, value));
    table.appendChild(tr);
  }

  /**
   * A download link the host put in the view, resolved against the page; null unless it stays on the page's
   * origin, so no text of the run can become a link elsewhere or a javascript: URL.
   */
  function sameOriginUrl(relative) {
    if (typeof relative !== 'string' || !relative) { return null; }
    var url = new URL(relative, document.baseURI);
    return url.origin === window.location.origin ? url.href : null;
  }

  /** Where an artifact is kept, as its location in the status says: the key or URL of its one location field. */
  function artifactWhere(a) {
    for (var k in a) {
      if (Object.prototype.hasOwnProperty.call(a, k) && a[k] && typeof a[k] === 'object' && k !== 'archive') {
        var loc = a[k];
        var where = loc.key || loc.url || (loc.data !== undefined ? 'raw' : '');
        if (where) { return k + ': ' + where; }
      }
    }
    return a.path || '';
  }

  function ioSection(panel, title, io) {
    if (!io) { return; }
    var params = io.parameters || [], artifacts = io.artifacts || [];
    if (!params.length && !artifacts.length && io.result === undefined) { return; }
    panel.appendChild(el('h3', null, title));
    var t = el('table', 'argowf-io');
    params.forEach(function (p) { row(t, p.name, p.value === undefined ? '' : p.value); });
    if (io.result !== undefined) { row(t, 'result', io.result); }
    panel.appendChild(t);
    if (artifacts.length) {
      var ul = el('ul', 'argowf-artifacts');
      artifacts.forEach(function (a) {
        var li = el('li');
        var url = sameOriginUrl(a.downloadUrl);
        if (url) {
          var link = el('a', 'argowf-artifact-link', a.name);
          link.href = url;
          link.setAttribute('download', '');
          li.appendChild(link);
        } else {
          li.appendChild(el('span', 'argowf-artifact-name', a.name));
        }
        var where = artifactWhere(a);
        if (where) { li.appendChild(el('span', 'argowf-artifact-where', ' ' + where)); }
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
  }

  Dashboard.prototype.fillPanel = function (n) {
    var self = this, panel = this.panel, keepLog = this.log && this.log.id === n.id ? this.log : null;
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    panel.hidden = false;
    var head = el('div', 'argowf-panel-head');
    head.appendChild(el('span', 'argowf-icon phase-' + n.phase, n.kind === 'group' ? '\u29c9' : icon(n)));
    head.appendChild(el('h2', null, n.displayName || n.name));
    head.appendChild(button('\u00d7', 'argowf-close', function () {
      self.stopLog();
      self.selected = null;
      panel.hidden = true;
    }));
    panel.appendChild(head);
    var t = el('table', 'argowf-fields');
    row(t, 'Name', n.name);
    row(t, 'ID', n.kind === 'group' ? null : n.id);
    row(t, 'Type', n.type);
    row(t, 'Phase', n.phase);
    row(t, 'Template', n.templateName);
    row(t, 'Started', n.startedAt);
    row(t, 'Finished', n.finishedAt);
    row(t, 'Duration', durationOf(n));
    row(t, 'Message', n.message);
    row(t, 'Exit code', n.exitCode);
    row(t, 'Pod name', n.podName);
    row(t, 'Host node', n.hostNodeName);
    row(t, 'Retries', n.retries);
    row(t, 'Attempt', n.attempt);
    panel.appendChild(t);
    this.groupControls(n);
    var actions = el('div', 'argowf-node-actions');
    if (this.actionUrl && n.type === 'Suspend' && n.phase === 'Running') {
      actions.appendChild(button('Resume', 'argowf-resume', function () { self.act('resume', n.id); }));
    }
    if (actions.firstChild) { panel.appendChild(actions); }
    ioSection(panel, 'Inputs', n.inputs);
    ioSection(panel, 'Outputs', n.outputs);
    if (n.type === 'Pod' || n.type === 'Container') { this.showLog(n, keepLog); }
  };

  Dashboard.prototype.groupControls = function (n) {
    var self = this, box = el('div', 'argowf-group-controls');
    var group = n.group ? this.groups[n.group] : null;
    if (group && group.collapsed) {
      var phases = Object.keys(group.phases).map(function (p) { return group.phases[p] + ' ' + p; }).join(', ');
      box.appendChild(el('p', null, group.members + ' nodes (' + phases + '); ' + group.hidden + ' hidden in all.'));
      box.appendChild(button('Expand', 'argowf-expand', function () { self.toggleGroup(group.id, false); }));
    }
    var siblings = this.groups['siblings:' + n.id];
    if (siblings && !siblings.collapsed) {
      box.appendChild(button('Collapse ' + siblings.members + ' children', 'argowf-collapse-children',
        function () { self.toggleGroup(siblings.id, true); }));
    }
    if (n.folded) {
      box.appendChild(button('Expand inside', 'argowf-expand-inside', function () { self.toggleBoundary(n.id, false); }));
    } else if ((n.type === 'Steps' || n.type === 'DAG') && n.id !== this.view.workflow.name) {
      box.appendChild(button('Collapse inside', 'argowf-collapse-inside', function () { self.toggleBoundary(n.id, true); }));
    }
    if (box.firstChild) { this.panel.appendChild(box); }
  };

  Dashboard.prototype.showLog = function (n, keep) {
    this.panel.appendChild(el('h3', null, 'Log'));
    if (keep) {
      this.panel.appendChild(keep.pre);
      return;
    }
    var pre = el('pre', 'argowf-log');
    this.panel.appendChild(pre);
    this.log = { id: n.id, pre: pre, start: 0, timer: null };
    this.followLog(this.log);
  };

  Dashboard.prototype.followLog = function (log) {
    var self = this;
    fetch(this.logUrl + '?node=' + encodeURIComponent(log.id) + '&start=' + log.start, { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) { throw new Error('log: HTTP ' + r.status); }
        var more = r.headers.get('X-More-Data') === 'true', size = r.headers.get('X-Text-Size');
        return r.text().then(function (text) {
          if (self.log !== log) { return; }
          var atBottom = log.pre.scrollTop + log.pre.clientHeight >= log.pre.scrollHeight - 4;
          if (text) { log.pre.appendChild(document.createTextNode(text)); }
          if (atBottom) { log.pre.scrollTop = log.pre.scrollHeight; }
          log.start = parseInt(size, 10) || log.start;
          log.pre.setAttribute('data-complete', String(!more));
          if (more) { log.timer = setTimeout(function () { self.followLog(log); }, self.pollMs); }
        });
      })
      .catch(function (e) { self.setStatus(String(e.message || e)); });
  };

  Dashboard.prototype.stopLog = function () {
    if (this.log) { clearTimeout(this.log.timer); }
    this.log = null;
  };

  function start() {
    var roots = document.querySelectorAll('.argowf[data-view-url]');
    for (var i = 0; i < roots.length; i++) {
      if (!roots[i].argowf) { roots[i].argowf = new Dashboard(roots[i]); }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
