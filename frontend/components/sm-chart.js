/*
 * <sm-chart>: one Apache ECharts chart. The server sets the `option` property (an ECharts option as JSON).
 * Until it arrives the chart shows ECharts' loading animation. The chart follows its own size (ResizeObserver),
 * is disposed when the element leaves the page, and reports clicks as a bubbling `sm-chart-click` DOM event whose
 * detail is {name, seriesName, seriesIndex, dataIndex, value, data, filter}; `filter` is the clicked item's own `filter`
 * field (a series of plain numbers has none: the server builds the list from the series and data index).
 * Colours of text and axes are read from Lumo's CSS custom properties, so the chart follows the light and dark theme.
 * Tooltips are DOM nodes built by SmChart.tooltip, with user text set as text (textContent) and dir="auto".
 * The `data-rendered` attribute is present while the chart shows its current option, animations finished; a chart
 * without a width (hidden, or not laid out yet) is drawn only once it has one.
 * Plain JavaScript, no build step; ECharts itself comes from its webjar (window.echarts).
 */
class SmChart extends HTMLElement {

  constructor() {
    super();
    this._option = undefined;
    this._chart = null;
    this._resizeObserver = null;
  }

  get option() {
    return this._option;
  }

  set option(value) {
    this._option = value;
    this._render();
  }

  connectedCallback() {
    // A value set before this element was upgraded sits on the instance and hides the setter: move it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this._option = value;
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._init(0);
  }

  _init(attempt) {
    if (!this.isConnected || this._chart) {
      return;
    }
    if (!window.echarts) {
      // The library script may still be loading; give up after about five seconds.
      if (attempt < 50) {
        setTimeout(() => this._init(attempt + 1), 100);
      } else {
        this.textContent = 'The chart library could not be loaded.';
      }
      return;
    }
    this._chart = window.echarts.init(this, null, { renderer: 'canvas' });
    this._chart.on('click', params => this._clicked(params));
    this._chart.on('datazoom', () => this._zoomed());
    // Says when the chart has drawn its option, animations included, so that tests and screenshots can wait for it.
    this._chart.on('finished', () => this.setAttribute('data-rendered', ''));
    // Follows its size; crossing the narrow width (a phone) redraws with the narrow layout (legends, labels).
    this._resizeObserver = new ResizeObserver(() => {
      if (!this._chart) {
        return;
      }
      this._chart.resize();
      if (this._waitingForSize || (this._narrow !== undefined && this._narrow !== this._isNarrow())) {
        this._renderNextFrame();
      }
    });
    this._resizeObserver.observe(this);
    // Redraw with the new colours when the theme changes (Lumo's theme attribute, or the system colour scheme).
    this._themeObserver = new MutationObserver(() => this._render());
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
    this._colourScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this._colourSchemeListener = () => this._render();
    this._colourScheme.addEventListener('change', this._colourSchemeListener);
    this._render();
  }

  disconnectedCallback() {
    if (this._themeObserver) {
      this._themeObserver.disconnect();
      this._themeObserver = null;
    }
    if (this._colourScheme) {
      this._colourScheme.removeEventListener('change', this._colourSchemeListener);
      this._colourScheme = null;
    }
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._frame) {
      cancelAnimationFrame(this._frame);
      this._frame = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _render() {
    if (!this._chart) {
      return;
    }
    const theme = this._themeColours();
    if (this._option === undefined || this._option === null) {
      this._chart.showLoading({ text: 'Loading…', color: theme.primary, textColor: theme.text, maskColor: 'rgba(0,0,0,0)' });
      return;
    }
    // A map is drawn once its geography is registered: fetched once per page from the app (never from elsewhere).
    const geo = this._option.geo;
    if (geo && geo.map && !window.echarts.getMap(geo.map)) {
      SmChart._loadMap(geo.map).then(() => this._render(), () => {
        this._chart.hideLoading();
        this.textContent = 'The map could not be loaded. The figures are in the table below.';
      });
      this._chart.showLoading({ text: 'Loading…', color: theme.primary, textColor: theme.text, maskColor: 'rgba(0,0,0,0)' });
      return;
    }
    // Not laid out yet (no width: the page around it is still being built, or it is hidden): draw once it has a size,
    // in its real layout, rather than drawing thousands of bars now and again in a moment.
    this._waitingForSize = this.getBoundingClientRect().width === 0;
    if (this._waitingForSize) {
      this.removeAttribute('data-rendered');
      return;
    }
    this._chart.hideLoading();
    this.removeAttribute('data-rendered');
    const option = Object.assign({}, this._option);
    this._narrow = this._isNarrow();
    if (option.geo) {
      option.geo = Object.assign({}, option.geo, {
        itemStyle: { areaColor: theme.grid, borderColor: theme.line },
        regions: (option.geo.regions || []).map(r => ({ name: r.name, itemStyle: { areaColor: theme.highlight, borderColor: theme.secondary } }))
      });
    }
    option.backgroundColor = 'transparent';
    option.textStyle = Object.assign({ color: theme.text, fontFamily: theme.font }, option.textStyle || {});
    option.legend = this._themed(option.legend, l => Object.assign({ textStyle: { color: theme.text } }, l));
    if (this._narrow) {
      SmChart._narrowLayout(option, this.getBoundingClientRect().width);
    }
    // Item names are user text. Every tooltip is built here as DOM nodes whose text is set as text: never parsed as
    // HTML, and never escaped for HTML first (ECharts' string templates do that, and canvas tooltips then show "&#39;").
    option.tooltip = Object.assign({}, option.tooltip || {}, {
      confine: true, renderMode: 'html', formatter: SmChart.tooltip,
      backgroundColor: theme.base, borderColor: theme.line, textStyle: { color: theme.text }
    });
    for (const key of ['xAxis', 'yAxis']) {
      option[key] = this._themed(option[key], axis => Object.assign({}, axis, {
        axisLabel: Object.assign({ color: theme.secondary }, axis.axisLabel || {}),
        axisLine: Object.assign({ lineStyle: { color: theme.line } }, axis.axisLine || {}),
        splitLine: Object.assign({ lineStyle: { color: theme.grid } }, axis.splitLine || {})
      }));
    }
    option.dataZoom = this._themed(option.dataZoom, z => Object.assign({ textStyle: { color: theme.secondary } }, z));
    option.series = this._themed(option.series, s => {
      if (s.type === 'sankey') {
        const sankey = Object.assign({}, s, { label: Object.assign({ color: theme.text }, s.label || {}) });
        if (this._narrow) {
          // Room for the recipients' names on a phone: a narrower right margin, names wrapped.
          sankey.right = 96;
          sankey.label = Object.assign({}, sankey.label, { width: 90, overflow: 'break', fontSize: 11 });
        }
        return sankey;
      }
      if (s.type === 'custom' && s.renderItem === 'sm-range') {
        return Object.assign({}, s, { renderItem: SmChart.renderRange });
      }
      if (s.type === 'custom' && s.renderItem === 'sm-density') {
        return Object.assign({}, s, { renderItem: SmChart.renderDensity });
      }
      return s;
    });
    this._chart.setOption(option, true);
  }

  /*
   * Draws in the next frame, once for all size changes until then: while a page is being built its layout changes in
   * several steps (the view laid out, then the drawer opened beside it), and each full drawing of a large chart costs
   * the browser a tenth of a second or more.
   */
  _renderNextFrame() {
    if (this._frame) {
      return;
    }
    this._frame = requestAnimationFrame(() => {
      this._frame = null;
      this._render();
    });
  }

  /*
   * A tooltip's content as DOM nodes: for an axis, the category and each series with its value; for an item, its name
   * (and value); for a flow, its source and target. Each part of a name ("12 Mar 2024 · title") takes its own
   * direction (dir="auto"), so a title in Arabic or Persian reads right to left beside a date that reads left to right.
   */
  static tooltip(params) {
    const box = document.createElement('div');
    box.className = 'sm-chart-tooltip';
    if (Array.isArray(params)) {
      if (params.length) {
        box.appendChild(SmChart._tooltipLine(params[0].axisValueLabel ?? params[0].name, null, null, true));
      }
      params.forEach(p => box.appendChild(SmChart._tooltipLine(p.seriesName, p.value, p.color)));
    } else if (params.dataType === 'edge' && params.data) {
      box.appendChild(SmChart._tooltipLine(`${params.data.source} → ${params.data.target}`, params.value, params.color));
    } else {
      // A point on the map (the only scatter series) carries [longitude, latitude, count]: the count is what it says.
      // Other arrays (a timeline item's [row, start, end]) have no count to show.
      const onMap = params.seriesType === 'scatter';
      const value = Array.isArray(params.value) ? (onMap ? params.value[params.value.length - 1] : null) : params.value;
      box.appendChild(SmChart._tooltipLine(params.name, value, params.color));
    }
    return box;
  }

  /** Fetches and registers a map's GeoJSON (served by the app at maps/<name>.json), once per page. */
  static _loadMap(name) {
    SmChart._maps = SmChart._maps || {};
    if (!SmChart._maps[name]) {
      SmChart._maps[name] = fetch('maps/' + name + '.json', { credentials: 'same-origin' })
        .then(response => {
          if (!response.ok) {
            throw new Error('map ' + name + ': ' + response.status);
          }
          return response.json();
        })
        .then(json => window.echarts.registerMap(name, json));
    }
    return SmChart._maps[name];
  }

  /*
   * A phone-width chart: legends wrap onto as many lines as they need above the plot (which moves down to make room),
   * category labels that would overlap are thinned out, and labels that would overflow are cut with an ellipsis.
   */
  static _narrowLayout(option, width) {
    const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
    if (legend && legend.type === 'scroll') {
      const names = (option.series || []).map(s => s.name || '');
      const textWidth = names.reduce((sum, name) => sum + name.length * 7 + 34, 0);
      const lines = Math.max(1, Math.ceil(textWidth / Math.max(width - 16, 100)));
      Object.assign(legend, { type: 'plain', left: 0, right: 0, itemGap: 8 });
      if (legend.bottom === undefined && option.grid && !Array.isArray(option.grid)) {
        legend.top = 0;
        option.grid = Object.assign({}, option.grid, { top: 10 + lines * 24 });
      }
    }
    for (const key of ['xAxis', 'yAxis']) {
      if (option[key] === undefined) {
        continue;
      }
      const narrow = axis => {
        let label = Object.assign({ hideOverlap: true }, axis.axisLabel || {});
        if (key === 'yAxis' && axis.type === 'category') {
          label = Object.assign({ width: Math.round(width * 0.38), overflow: 'truncate' }, label);
        }
        return Object.assign({}, axis, { axisLabel: label });
      };
      option[key] = Array.isArray(option[key]) ? option[key].map(narrow) : narrow(option[key]);
    }
  }

  _isNarrow() {
    return this.getBoundingClientRect().width < 520;
  }

  static _tooltipLine(name, value, colour, heading) {
    const line = document.createElement('div');
    line.setAttribute('dir', 'auto');
    if (heading) {
      line.style.fontWeight = '600';
    }
    if (typeof colour === 'string') {
      const marker = document.createElement('span');
      marker.className = 'sm-chart-marker';
      marker.style.cssText = 'display:inline-block;width:10px;height:10px;border-radius:50%;margin-inline-end:6px';
      marker.style.backgroundColor = colour;
      line.appendChild(marker);
    }
    String(name ?? '').split(' · ').forEach((part, index) => {
      if (index > 0) {
        line.appendChild(document.createTextNode(' · '));
      }
      const text = document.createElement('span');
      text.setAttribute('dir', 'auto');
      text.textContent = part;
      line.appendChild(text);
    });
    if (typeof value === 'number') {
      const number = document.createElement('b');
      number.style.marginInlineStart = '12px';
      number.textContent = value.toLocaleString();
      line.appendChild(number);
    }
    return line;
  }

  /*
   * Draws one item of a timeline lane as a bar from its first to its last day, so that an item known only to the
   * month spans the month; at least 3 px wide so a single day stays visible. Data: [lane, startMs, endMs, ...].
   */
  static renderRange(params, api) {
    const lane = api.value(0);
    const start = api.coord([api.value(1), lane]);
    const end = api.coord([api.value(2), lane]);
    const height = api.size([0, 1])[1] * 0.55;
    const rect = window.echarts.graphic.clipRectByRect(
      { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 3), height: height },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
    return rect && { type: 'rect', transition: ['shape'], shape: rect, style: api.style() };
  }

  /*
   * Draws how many items of a lane fall in one period: a bar from the period's start to its end, standing on the
   * lane's base line, as high as the period's share of the largest count (at least 2 px, so one item stays visible).
   * Data: [lane, startMs, endMs, share].
   */
  static renderDensity(params, api) {
    const lane = api.value(0);
    const start = api.coord([api.value(1), lane]);
    const end = api.coord([api.value(2), lane]);
    const band = api.size([0, 1])[1];
    const height = Math.max(band * 0.8 * api.value(3), 2);
    const base = start[1] + band * 0.4;
    const rect = window.echarts.graphic.clipRectByRect(
      { x: start[0], y: base - height, width: Math.max(end[0] - start[0] - 1, 1), height: height },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
    return rect && { type: 'rect', transition: ['shape'], shape: rect, style: api.style() };
  }

  _zoomed() {
    clearTimeout(this._zoomTimer);
    this._zoomTimer = setTimeout(() => {
      if (!this._chart) {
        return;
      }
      const zoom = (this._chart.getOption().dataZoom || [])[0];
      if (!zoom || typeof zoom.startValue !== 'number' || typeof zoom.endValue !== 'number') {
        return;
      }
      this.dispatchEvent(new CustomEvent('sm-chart-zoom', {
        bubbles: true, composed: true, detail: { start: zoom.startValue, end: zoom.endValue }
      }));
    }, 300);
  }

  _themed(value, apply) {
    if (value === undefined || value === null) {
      return value;
    }
    return Array.isArray(value) ? value.map(apply) : apply(value);
  }

  _themeColours() {
    return {
      text: this._resolve('--lumo-body-text-color', '#1a1a1a'),
      secondary: this._resolve('--lumo-secondary-text-color', '#555555'),
      line: this._resolve('--lumo-contrast-30pct', '#999999'),
      grid: this._resolve('--lumo-contrast-10pct', '#eeeeee'),
      primary: this._resolve('--lumo-primary-color', '#1676f3'),
      highlight: this._resolve('--lumo-primary-color-50pct', 'rgba(22, 118, 243, 0.5)'),
      base: this._resolve('--lumo-base-color', '#ffffff'),
      font: (getComputedStyle(this).getPropertyValue('--lumo-font-family') || '').trim() || 'sans-serif'
    };
  }

  /*
   * A Lumo colour as rgba(), which ECharts understands: Lumo may define colours with color-mix(), oklch() or
   * light-dark(), so let the browser compute the colour on a probe element and paint it on a 1×1 canvas.
   */
  _resolve(property, fallback) {
    const probe = document.createElement('span');
    probe.style.color = `var(${property}, ${fallback})`;
    probe.style.display = 'none';
    this.appendChild(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    try {
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      context.fillStyle = computed;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
    } catch (e) {
      return fallback;
    }
  }

  _clicked(params) {
    const data = params.data && typeof params.data === 'object' ? params.data : null;
    this.dispatchEvent(new CustomEvent('sm-chart-click', {
      bubbles: true,
      composed: true,
      detail: {
        name: params.name === undefined ? null : String(params.name),
        seriesName: params.seriesName === undefined ? null : String(params.seriesName),
        seriesIndex: typeof params.seriesIndex === 'number' ? params.seriesIndex : -1,
        dataIndex: typeof params.dataIndex === 'number' ? params.dataIndex : -1,
        value: typeof params.value === 'number' ? params.value : (data && typeof data.value === 'number' ? data.value : null),
        data: data,
        filter: data && typeof data.filter === 'string' ? data.filter : null
      }
    }));
  }
}

if (!customElements.get('sm-chart')) {
  customElements.define('sm-chart', SmChart);
}
