// The preview page's script: kinds, the example, validate and render as you type, errors by path, downloads.
// Every string from the service or the editor is data: the page builds its DOM with textContent and never parses
// data as markup, except the rendered report itself, which goes into an iframe sandboxed without allow-scripts.
'use strict';

(() => {
  // Wait this long after the last key before asking the service again (one request per pause, not per key).
  const DEBOUNCE_MS = 350;
  const FORMATS = ['pdf', 'docx', 'html', 'md', 'txt'];
  // Elements the report's HTML never needs; removed before it reaches the preview, whatever the renderer sent.
  const DROPPED = 'script, noscript, link, meta, base, iframe, frame, frameset, object, embed, applet, form, style, template';

  const byId = (id) => document.getElementById(id);
  const kindSelect = byId('kind');
  const editor = byId('json');
  const statusLine = byId('status');
  const errorList = byId('errors');
  const errorCount = byId('error-count');
  const frame = byId('preview');
  const downloadButtons = Array.from(document.querySelectorAll('.downloads button[data-format]'));
  const language = document.documentElement.lang || 'vi';

  let timer = 0;
  // Each edit gets a number; an answer to an older edit is dropped, and its request aborted.
  let generation = 0;
  let pending = null;
  const frameReady = new Promise((resolve) => {
    if (frame.contentDocument && frame.contentDocument.readyState === 'complete' && frame.contentDocument.URL === 'about:srcdoc') {
      resolve();
    } else {
      frame.addEventListener('load', () => resolve(), { once: true });
    }
  });

  function setStatus(text, tone) {
    statusLine.textContent = text;
    statusLine.className = 'status' + (tone ? ' ' + tone : '');
  }

  function request(path, options) {
    const init = Object.assign({ credentials: 'same-origin', cache: 'no-store' }, options || {});
    init.headers = Object.assign({ 'Accept-Language': language }, init.headers || {});
    return fetch(path, init);
  }

  function post(path, body, signal) {
    return request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body,
      signal,
    });
  }

  // A problem (RFC 9457) as the page shows it; a body that is not one becomes a single line with the status.
  async function readProblem(response) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }

    if (!problem || typeof problem !== 'object') {
      return { title: 'Lỗi ' + response.status, detail: '', errors: [], line: 0, column: 0 };
    }

    const text = (value) => (typeof value === 'string' ? value : '');
    const errors = Array.isArray(problem.errors)
      ? problem.errors.filter((e) => e && typeof e === 'object').map((e) => ({ path: text(e.path), code: text(e.code), message: text(e.message) }))
      : [];
    const line = Number.isInteger(problem.line) && problem.line > 0 ? problem.line : 0;
    const column = Number.isInteger(problem.column) && problem.column > 0 ? problem.column : 0;
    return { title: text(problem.title) || 'Lỗi ' + response.status, detail: text(problem.detail), code: text(problem.code), errors, line, column };
  }

  function clearErrors() {
    errorList.replaceChildren();
    errorCount.textContent = '';
    editor.setAttribute('aria-invalid', 'false');
  }

  // Puts the caret at an offset of the editor's text and scrolls near it.
  function goToOffset(offset) {
    editor.focus();
    editor.setSelectionRange(offset, offset);
    // Scroll the line into view: the editor's line height times the lines above it (wrapped lines make it approximate).
    const line = editor.value.slice(0, offset).split('\n').length;
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 18;
    editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  // Puts the caret at a 1-based line and column of the editor (the place a malformed body broke).
  function goTo(line, column) {
    const lines = editor.value.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) {
      offset += lines[i].length + 1;
    }
    const lineText = lines[Math.min(line, lines.length) - 1] || '';
    goToOffset(offset + Math.min(Math.max(column - 1, 0), lineText.length));
  }

  // Where the member at a JSON path ($.document.date, $.soLieu[0].donViTinh) starts in the text: its name in an
  // object, its value in an array; for a member that is missing, its nearest enclosing member. -1 when none is found.
  // The text is valid JSON here (the service answered 422, not 400), so a small scanner is enough.
  function locate(text, target) {
    const stack = [];
    let best = -1;
    let bestLength = -1;
    let keyStart = -1;
    let expectKey = false;
    const here = () => '$' + stack.map((e) => (e.array ? '[' + e.index + ']' : '.' + e.key)).join('');
    const valueAt = (offset) => {
      const path = here();
      const start = stack.length > 0 && !stack[stack.length - 1].array ? keyStart : offset;
      if (path === target) {
        best = start;
        bestLength = Infinity;
      } else if (path.length > bestLength && (target.startsWith(path + '.') || target.startsWith(path + '['))) {
        best = start;
        bestLength = path.length;
      }
    };
    for (let i = 0; i < text.length && bestLength !== Infinity; i++) {
      const c = text[i];
      if (c === '"') {
        const start = i;
        let value = '';
        for (i++; i < text.length && text[i] !== '"'; i++) {
          value += text[i] === '\\' ? text[++i] : text[i];
        }
        if (expectKey) {
          stack[stack.length - 1].key = value;
          keyStart = start;
          expectKey = false;
        } else {
          valueAt(start);
        }
      } else if (c === '{' || c === '[') {
        valueAt(i);
        stack.push(c === '[' ? { array: true, index: 0 } : { array: false, key: '' });
        expectKey = c === '{';
      } else if (c === '}' || c === ']') {
        stack.pop();
        expectKey = false;
      } else if (c === ',') {
        const top = stack[stack.length - 1];
        if (top && top.array) {
          top.index++;
        } else {
          expectKey = true;
        }
      } else if (/[-0-9tfn]/.test(c)) {
        valueAt(i);
        while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1])) {
          i++;
        }
      }
    }
    return best;
  }

  function errorItem(path, code, message, position) {
    const item = document.createElement('li');
    if (position) {
      const where = document.createElement('button');
      where.type = 'button';
      where.className = 'path';
      where.textContent = 'dòng ' + position.line + ', cột ' + position.column;
      where.setAttribute('aria-label', 'Đến dòng ' + position.line + ', cột ' + position.column + ' trong ô JSON');
      where.addEventListener('click', () => goTo(position.line, position.column));
      item.append(where);
      if (path) {
        item.append(' ');
      }
    }
    if (path && !position && path.startsWith('$')) {
      // The path is a button that finds the member in the editor's current text.
      const pathButton = document.createElement('button');
      pathButton.type = 'button';
      pathButton.className = 'path';
      pathButton.textContent = path;
      pathButton.setAttribute('aria-label', 'Đến ' + path + ' trong ô JSON');
      pathButton.addEventListener('click', () => {
        const offset = locate(editor.value, path);
        if (offset >= 0) {
          goToOffset(offset);
        }
      });
      item.append(pathButton);
    } else if (path) {
      const pathElement = document.createElement('code');
      pathElement.className = 'path';
      pathElement.textContent = path;
      item.append(pathElement);
    }
    if (code) {
      const codeElement = document.createElement('span');
      codeElement.className = 'code';
      codeElement.textContent = code;
      item.append(codeElement);
    }
    const messageElement = document.createElement('span');
    messageElement.className = 'message';
    messageElement.textContent = message;
    item.append(messageElement);
    return item;
  }

  // Shows a problem in the error list. The preview is marked out of date unless the problem is a download's.
  function showProblem(problem, status, download) {
    const items = [];
    const position = problem.line > 0 ? { line: problem.line, column: problem.column } : null;
    if (problem.errors.length === 0) {
      items.push(errorItem('', problem.code, problem.detail || problem.title, position));
    } else {
      problem.errors.forEach((error, index) => items.push(errorItem(error.path, error.code, error.message, index === 0 ? position : null)));
    }
    errorList.replaceChildren(...items);
    errorCount.textContent = '(' + items.length + ')';
    editor.setAttribute('aria-invalid', status === 400 || status === 422 ? 'true' : 'false');
    setStatus((download ? 'Không tải về được ' + download.toUpperCase() + ': ' : '') + problem.title +
      (problem.errors.length > 0 && problem.detail ? ': ' + problem.detail : ''), 'bad');
    if (!download) {
      frame.classList.add('stale');
    }
  }

  // The rendered report, shown without letting anything in it run or load: the markup is parsed into an inert
  // document, stripped of every element and attribute that could run, load or navigate, then moved into the
  // sandboxed frame; its style sheet is applied through the CSS object model (no inline style under the page's CSP).
  function showReport(html) {
    // The style sheets come out before parsing: a <style> element, even in an inert parsed document, is checked
    // against the page's style-src (no 'unsafe-inline') and reported as a violation. The pattern follows HTML's own
    // rule: a style element's raw text ends at the first </style.
    const sheets = [];
    const markup = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style[^>]*>/gi, (match, css) => {
      sheets.push(css);
      return '';
    });
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    const css = sheets.join('\n');
    parsed.querySelectorAll(DROPPED).forEach((node) => node.remove());
    const inlineStyles = [];
    parsed.querySelectorAll('*').forEach((node) => {
      for (const attribute of Array.from(node.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.trim().toLowerCase();
        if (name === 'style') {
          inlineStyles.push([node, attribute.value]);
          node.removeAttribute(attribute.name);
        } else if (name.startsWith('on') || name === 'src' || name === 'srcset' || name === 'action' || name === 'formaction' ||
          name === 'background' || name === 'poster' || (name === 'href' && !value.startsWith('#')) || name === 'xlink:href') {
          // The renderer writes none of these; a report is text, it loads and links nothing.
          node.removeAttribute(attribute.name);
        }
      }
    });

    const doc = frame.contentDocument;
    const view = frame.contentWindow;
    const scroll = view ? view.scrollY : 0;
    // Inline styles are remembered by element, then set through element.style after the move (CSSOM, not markup).
    const marks = new Map(inlineStyles.map(([node, value], index) => {
      node.setAttribute('data-dv-style', String(index));
      return [String(index), value];
    }));
    const root = doc.importNode(parsed.documentElement, true);
    doc.documentElement.replaceWith(root);
    doc.querySelectorAll('[data-dv-style]').forEach((node) => {
      node.style.cssText = marks.get(node.getAttribute('data-dv-style')) || '';
      node.removeAttribute('data-dv-style');
    });
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [sheet];
    view.scrollTo(0, scroll);
    frame.classList.remove('stale');
  }

  // Validate, then render as HTML; only the answer to the newest edit is shown.
  async function refresh() {
    const mine = ++generation;
    if (pending) {
      pending.abort();
    }
    const controller = new AbortController();
    pending = controller;
    const body = editor.value;
    setStatus('Đang kiểm tra…', '');
    // The answer when it is current and good; null when a newer edit overtook it or it was a problem (then shown).
    const answer = async (path) => {
      const response = await post(path, body, controller.signal);
      if (mine !== generation) {
        return null;
      }
      if (!response.ok) {
        showProblem(await readProblem(response), response.status);
        return null;
      }
      return response;
    };
    try {
      if (!(await answer('/api/reports/validate'))) {
        return;
      }
      const rendering = await answer('/api/reports/render?format=html');
      if (!rendering) {
        return;
      }

      const html = await rendering.text();
      if (mine !== generation) {
        return;
      }
      await frameReady;
      clearErrors();
      showReport(html);
      setStatus('Hợp lệ: bản xem trước đã cập nhật.', 'ok');
    } catch (error) {
      if (error && error.name === 'AbortError') {
        return;
      }
      if (mine === generation) {
        setStatus('Không kết nối được với dịch vụ: ' + (error && error.message ? error.message : String(error)), 'bad');
      }
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  }

  async function loadExample(kind) {
    setStatus('Đang tải ví dụ…', '');
    const response = await request('/api/kinds/' + encodeURIComponent(kind) + '/example');
    if (!response.ok) {
      showProblem(await readProblem(response), response.status);
      return;
    }
    editor.value = await response.text();
    editor.scrollTop = 0;
    await refresh();
  }

  async function loadKinds() {
    const response = await request('/api/kinds');
    if (!response.ok) {
      showProblem(await readProblem(response), response.status);
      return;
    }
    const kinds = await response.json();
    const options = (Array.isArray(kinds) ? kinds : [])
      .filter((k) => k && typeof k.id === 'string')
      .map((k) => {
        const option = document.createElement('option');
        option.value = k.id;
        option.textContent = (typeof k.title === 'string' && k.title ? k.title : k.id) + ' (' + k.id + ')';
        return option;
      });
    kindSelect.replaceChildren(...options);
    kindSelect.disabled = options.length === 0;
    if (options.length > 0) {
      await loadExample(kindSelect.value);
    } else {
      setStatus('Dịch vụ không có loại báo cáo nào.', 'bad');
    }
  }

  // The file name from Content-Disposition (filename* in UTF-8 first, then the ASCII filename), or kind.format.
  function fileName(response, format) {
    const header = response.headers.get('Content-Disposition') || '';
    const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
    if (extended) {
      try {
        return decodeURIComponent(extended[1].trim());
      } catch {
        // Fall through to the ASCII name.
      }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
    return plain ? plain[1].trim() : (kindSelect.value || 'bao-cao') + '.' + format;
  }

  async function download(format, button) {
    if (!FORMATS.includes(format)) {
      return;
    }
    button.disabled = true;
    try {
      const response = await post('/api/reports/render?format=' + format, editor.value);
      if (!response.ok) {
        showProblem(await readProblem(response), response.status, format);
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(response, format);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      setStatus('Đã tải về ' + link.download + '.', 'ok');
    } catch (error) {
      setStatus('Không tải về được: ' + (error && error.message ? error.message : String(error)), 'bad');
    } finally {
      button.disabled = false;
    }
  }

  editor.addEventListener('input', schedule);
  kindSelect.addEventListener('change', () => {
    clearTimeout(timer);
    loadExample(kindSelect.value).catch((error) => setStatus('Không tải được ví dụ: ' + error.message, 'bad'));
  });
  downloadButtons.forEach((button) => button.addEventListener('click', () => download(button.dataset.format, button)));

  loadKinds().catch((error) => setStatus('Không tải được danh sách loại báo cáo: ' + error.message, 'bad'));
})();
