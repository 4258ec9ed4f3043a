// The clerk's page: describes a case, asks the service for its deadlines, and shows them as a table with the
// library's explanations and as a month grid of the court's calendar. Plain JavaScript, no external files.
'use strict';

const TEXT = {
  id: {
    title: 'Tenggat waktu perkara', caseLegend: 'Perkara', caseNumber: 'Nomor perkara', caseType: 'Jenis perkara',
    court: 'Pengadilan', electronic: 'Perkara elektronik (e-Court)', asOf: 'Per tanggal', eventsLegend: 'Peristiwa',
    eventType: 'Peristiwa', eventDate: 'Tanggal', eventParty: 'Pihak', eventPresent: 'Pihak hadir (putusan diucapkan)',
    addEvent: '+ Tambah peristiwa', removeEvent: 'Hapus', compute: 'Hitung tenggat', deadlines: 'Tenggat',
    downloadIcs: 'Unduh .ics (kalender)', print: 'Cetak', colDeadline: 'Tenggat', colParty: 'Pihak',
    colStatus: 'Status', colDue: 'Batas akhir', colBasis: 'Dasar hukum', timeline: 'Linimasa',
    legendWeekend: 'akhir pekan', legendHoliday: 'hari libur', legendCuti: 'cuti bersama', legendToday: 'hari ini',
    legendDeadline: 'batas akhir', national: '— kalender nasional —', none: '—', court_: 'pengadilan',
    explanation: 'Cara menghitung',
    footer: 'Dihitung oleh tenggat dari kalender hari libur resmi. Periksa dasar hukum setiap tanggal.',
    summary: (n, asOf) => `${n} tenggat per ${asOf}.`, apiKey: 'Kunci API layanan ini:',
    outOfCalendar: 'Kalender tidak memuat data untuk sebagian bulan ini.',
    failed: 'Layanan tidak dapat dihubungi.',
    weekdays: ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'],
    months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
      'November', 'Desember'],
  },
  en: {
    title: 'Court deadlines', caseLegend: 'Case', caseNumber: 'Case number', caseType: 'Case type', court: 'Court',
    electronic: 'Electronic case (e-Court)', asOf: 'As of', eventsLegend: 'Events', eventType: 'Event',
    eventDate: 'Date', eventParty: 'Party', eventPresent: 'Parties present (pronouncement)', addEvent: '+ Add event',
    removeEvent: 'Remove', compute: 'Compute deadlines', deadlines: 'Deadlines', downloadIcs: 'Download .ics (calendar)',
    print: 'Print', colDeadline: 'Deadline', colParty: 'Party', colStatus: 'Status', colDue: 'Due',
    colBasis: 'Legal basis', timeline: 'Timeline', legendWeekend: 'weekend', legendHoliday: 'holiday',
    legendCuti: 'cuti bersama', legendToday: 'today', legendDeadline: 'deadline', national: '— national calendar —',
    none: '—', court_: 'court', explanation: 'How it was counted',
    footer: 'Computed by tenggat from the official holiday calendar. Check the legal basis of every date.',
    summary: (n, asOf) => `${n} deadlines as of ${asOf}.`, apiKey: 'API key of this service:',
    outOfCalendar: 'The calendar has no data for part of these months.',
    failed: 'The service cannot be reached.',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December'],
  },
};
const MAX_MONTHS = 4;

const state = { errors: null, lang: 'id', enums: null, names: new Map(), words: null, answer: null, caseJson: null, asOf: null };
const $ = (selector, root = document) => root.querySelector(selector);
const t = key => TEXT[state.lang][key];
/** The library's word for a status, party or event code in the page's language (GET /v1/words). */
const word = (kind, code) => state.words[state.lang][kind][code] || code;

// ------------------------------------------------------------------ talking to the service

/** fetch() with the API key, asked for once when the service answers 401 and kept for this tab. */
async function api(url, options = {}) {
  const send = () => fetch(url, { ...options, headers: { ...(options.headers || {}),
    ...(sessionStorage.tenggatKey ? { 'X-Api-Key': sessionStorage.tenggatKey } : {}) } });
  let response = await send();
  if (response.status === 401) {
    const key = window.prompt(t('apiKey'));
    if (key) {
      sessionStorage.tenggatKey = key;
      response = await send();
    }
  }
  return response;
}

function query() {
  const params = new URLSearchParams({ lang: state.lang });
  const asOf = $('#asOf').value;
  if (asOf) params.set('asOf', asOf);
  return params.toString();
}

// ------------------------------------------------------------------ the form

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function fillSelect(select, values, empty, label = v => v) {
  select.replaceChildren(...(empty !== undefined ? [option('', empty)] : []), ...values.map(v => option(v, label(v))));
}

function addEvent(event = {}) {
  const row = document.createElement('tr');
  row.className = 'event';
  row.innerHTML = `
    <td><select class="ev-type"></select><span class="error"></span></td>
    <td><input type="date" class="ev-date"><span class="error"></span></td>
    <td><select class="ev-party"></select><span class="error"></span></td>
    <td class="ev-present"></td>
    <td><button type="button" class="ev-remove"></button></td>`;
  fillSelect($('.ev-type', row), state.enums.eventType, undefined, v => word('event', v));
  fillSelect($('.ev-party', row), state.enums.party, t('none'), v => word('party', v));
  for (const party of state.enums.party) {
    const label = document.createElement('label');
    label.innerHTML = `<input type="checkbox" value="${party}">`;
    label.append(` ${word('party', party)}`);
    $('.ev-present', row).append(label);
  }
  $('.ev-type', row).value = event.type || 'PUTUSAN_DIBERITAHUKAN';
  $('.ev-date', row).value = event.date || '';
  $('.ev-party', row).value = event.party || '';
  $('.ev-remove', row).textContent = t('removeEvent');
  $('.ev-remove', row).addEventListener('click', () => { row.remove(); numberEvents(); });
  $('#events tbody').append(row);
  numberEvents();
}

/** Gives every event input the path the library names in its errors, e.g. events[1].date. */
function numberEvents() {
  document.querySelectorAll('#events tr.event').forEach((row, i) => {
    for (const [cls, name] of [['ev-type', 'type'], ['ev-date', 'date'], ['ev-party', 'party']]) {
      const input = $('.' + cls, row);
      input.dataset.field = `events[${i}].${name}`;
      input.nextElementSibling.dataset.errorFor = input.dataset.field;
    }
    $('.ev-present', row).dataset.field = `events[${i}].partiesPresent`;
  });
}

function caseFromForm() {
  const c = { caseType: $('#caseType').value, electronic: $('#electronic').checked, events: [] };
  if ($('#caseNumber').value.trim()) c.caseNumber = $('#caseNumber').value.trim();
  if ($('#court').value) c.court = $('#court').value;
  document.querySelectorAll('#events tr.event').forEach(row => {
    const e = { type: $('.ev-type', row).value };
    // An empty date is sent as missing, so that the library's own message says what is wrong.
    if ($('.ev-date', row).value) e.date = $('.ev-date', row).value;
    if ($('.ev-party', row).value) e.party = $('.ev-party', row).value;
    const present = [...row.querySelectorAll('.ev-present input:checked')].map(i => i.value);
    if (present.length) e.partiesPresent = present;
    c.events.push(e);
  });
  return c;
}

function clearErrors() {
  state.errors = null;
  document.querySelectorAll('.error').forEach(e => { e.textContent = ''; });
  document.querySelectorAll('.invalid').forEach(e => e.classList.remove('invalid'));
}

/** The error's text in the page's language; English when an older service sent no messages. */
const errorText = error => (error.messages && error.messages[state.lang]) || error.message;

/** Shows each error next to the input its field path names; the others above the button, in the page's language. */
function showErrors(errors) {
  state.errors = errors;
  const general = [];
  for (const error of errors) {
    const text = errorText(error);
    const message = error.value != null ? `${text} (${error.value})` : text;
    const input = document.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
    const slot = document.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`);
    if (input) input.classList.add('invalid');
    if (slot) {
      slot.textContent = message;
    } else {
      general.push(error.field ? `${error.field}: ${message}` : message);
    }
  }
  $('#form-errors').textContent = general.join('\n');
}

async function compute(event) {
  if (event) event.preventDefault();
  clearErrors();
  state.caseJson = JSON.stringify(caseFromForm());
  let response;
  try {
    response = await api(`/v1/deadlines?${query()}`, { method: 'POST', body: state.caseJson,
      headers: { 'Content-Type': 'application/json' } });
  } catch (e) {
    $('#form-errors').textContent = t('failed');
    return;
  }
  const body = await response.json();
  if (body.errors && body.errors.length) {
    showErrors(body.errors);
    $('#result').hidden = true;
    return;
  }
  state.answer = body;
  await showAnswer(body);
}

// ------------------------------------------------------------------ the answer

async function showAnswer(answer) {
  $('#summary').textContent = t('summary')(answer.deadlines.length, answer.asOf);
  const rows = [];
  for (const d of answer.deadlines) {
    const row = document.createElement('tr');
    row.className = `deadline status-${d.status}`;
    row.dataset.deadline = d.id;
    row.dataset.party = d.party || '';
    const status = word('status', d.status) + (d.needs ? `: ${word('event', d.needs)}` : '');
    row.innerHTML = '<td class="id"></td><td class="party"></td><td class="status"></td><td class="due"></td><td class="basis"></td>';
    $('.id', row).textContent = d.id + (d.variant ? ` (${d.variant})` : '');
    const name = state.names.get(d.id);
    if (name) {
      const label = document.createElement('div');
      label.className = 'name';
      label.textContent = state.lang === 'id' ? name.name : name.nameEn;
      $('.id', row).append(label);
    }
    $('.party', row).textContent = d.party ? word('party', d.party) : t('court_');
    $('.status', row).textContent = status;
    $('.due', row).textContent = d.due || '';
    $('.basis', row).textContent = d.legalBasis;
    rows.push(row);
    const steps = document.createElement('tr');
    steps.className = 'explanation';
    steps.dataset.deadline = d.id;
    steps.dataset.party = d.party || '';
    steps.innerHTML = `<td colspan="5"><details${d.due ? ' open' : ''}><summary></summary><ol></ol></details></td>`;
    $('summary', steps).textContent = t('explanation');
    for (const step of d.explanation) {
      const li = document.createElement('li');
      li.textContent = step;
      $('ol', steps).append(li);
    }
    rows.push(steps);
  }
  $('#deadlines tbody').replaceChildren(...rows);
  $('#result').hidden = false;
  await showTimeline(answer);
}

function iso(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function localToday() {
  return iso(new Date());
}

/** The months from the first event to the last due date (at most MAX_MONTHS), shaded from the court's calendar. */
async function showTimeline(answer) {
  const c = JSON.parse(state.caseJson);
  const dates = [...c.events.map(e => e.date), ...answer.deadlines.map(d => d.due), answer.asOf].filter(Boolean).sort();
  const first = new Date(dates[0] + 'T00:00:00');
  const start = new Date(first.getFullYear(), first.getMonth(), 1);
  const lastDate = new Date(dates[dates.length - 1] + 'T00:00:00');
  let months = (lastDate.getFullYear() - start.getFullYear()) * 12 + lastDate.getMonth() - start.getMonth() + 1;
  months = Math.min(months, MAX_MONTHS);
  const end = new Date(start.getFullYear(), start.getMonth() + months, 0);
  const params = new URLSearchParams({ from: iso(start), to: iso(end) });
  if (c.court) params.set('court', c.court);
  const days = new Map();
  let note = '';
  const response = await api(`/v1/calendar?${params}`);
  if (response.ok) {
    for (const day of await response.json()) {
      if (!days.has(day.date)) days.set(day.date, []);
      days.get(day.date).push(day);
    }
  } else {
    note = t('outOfCalendar');
  }
  const markers = new Map();
  for (const d of answer.deadlines.filter(d => d.due)) {
    if (!markers.has(d.due)) markers.set(d.due, []);
    markers.get(d.due).push(`${d.id} · ${d.party || t('court_')}`);
  }
  const grids = [];
  for (let m = 0; m < months; m++) {
    grids.push(monthGrid(new Date(start.getFullYear(), start.getMonth() + m, 1), days, markers));
  }
  const noteElement = document.createElement('p');
  noteElement.textContent = note;
  $('#timeline').replaceChildren(...grids, noteElement);
}

function monthGrid(month, days, markers) {
  const table = document.createElement('table');
  table.className = 'month';
  const caption = table.createCaption();
  caption.textContent = `${t('months')[month.getMonth()]} ${month.getFullYear()}`;
  const head = table.createTHead().insertRow();
  for (const name of t('weekdays')) head.insertCell().outerHTML = `<th>${name}</th>`;
  const body = table.createTBody();
  let row = body.insertRow();
  const offset = (month.getDay() + 6) % 7; // Monday first
  for (let i = 0; i < offset; i++) row.insertCell().className = 'blank';
  const today = localToday();
  for (let day = new Date(month); day.getMonth() === month.getMonth(); day.setDate(day.getDate() + 1)) {
    if (row.cells.length === 7) row = body.insertRow();
    const cell = row.insertCell();
    const date = iso(day);
    cell.dataset.date = date;
    cell.className = 'day';
    cell.innerHTML = `<span class="num">${day.getDate()}</span>`;
    if (day.getDay() === 0 || day.getDay() === 6) cell.classList.add('weekend');
    for (const off of days.get(date) || []) {
      cell.classList.add(off.kind === 'CUTI_BERSAMA' ? 'cuti' : 'holiday');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = state.lang === 'en' ? off.nameEn : off.name;
      cell.append(name);
    }
    if (date === today) cell.classList.add('today');
    for (const label of markers.get(date) || []) {
      cell.classList.add('has-deadline');
      const marker = document.createElement('span');
      marker.className = 'marker';
      marker.textContent = label;
      cell.append(marker);
    }
  }
  while (row.cells.length < 7) row.insertCell().className = 'blank';
  return table;
}

async function downloadIcs() {
  const response = await api(`/v1/deadlines.ics?${query()}`, { method: 'POST', body: state.caseJson,
    headers: { 'Content-Type': 'application/json' } });
  if (!response.ok) {
    showErrors((await response.json()).errors || []);
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  const number = (JSON.parse(state.caseJson).caseNumber || 'perkara').replace(/[^A-Za-z0-9.-]+/g, '-');
  link.download = `tenggat-${number}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
}

// ------------------------------------------------------------------ language and start-up

function translate() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('.ev-remove').forEach(b => { b.textContent = t('removeEvent'); });
  $('#court option[value=""]').textContent = t('national');
  document.querySelectorAll('.ev-party option[value=""]').forEach(o => { o.textContent = t('none'); });
  document.querySelectorAll('.ev-type option').forEach(o => { o.textContent = word('event', o.value); });
  document.querySelectorAll('.ev-party option:not([value=""])').forEach(o => { o.textContent = word('party', o.value); });
  document.querySelectorAll('.ev-present label').forEach(l => { l.lastChild.textContent = ` ${word('party', $('input', l).value)}`; });
  $('#lang-switch').textContent = state.lang === 'id' ? 'English' : 'Bahasa Indonesia';
  $('#lang-switch').lang = state.lang === 'id' ? 'en' : 'id';
}

async function start() {
  const [schema, courts, catalogue, words] = await Promise.all([
    api('/v1/schemas/case.schema.json').then(r => r.json()),
    api('/v1/courts').then(r => r.json()),
    api('/v1/catalogue').then(r => r.json()),
    api('/v1/words').then(r => r.json()),
  ]);
  state.words = words;
  // The deadline names a clerk reads, from the library's catalogue.
  state.names = new Map(catalogue.deadlines.map(d => [d.id, d]));
  state.enums = { caseType: schema.$defs.caseType.enum, party: schema.$defs.party.enum,
    eventType: schema.$defs.eventType.enum };
  fillSelect($('#caseType'), state.enums.caseType);
  $('#caseType').value = 'PERDATA';
  // A name two courts share (the two PA Negara) is sent as each court's satker code.
  const names = courts.courts.map(c => c.name);
  const shared = new Set(names.filter((name, i) => names.indexOf(name) !== i));
  $('#court').replaceChildren(option('', t('national')), ...courts.courts.map(c =>
    shared.has(c.name) ? option(c.satkerCode, `${c.name} (${c.province})`) : option(c.name, c.name)));
  $('#asOf').value = localToday();
  addEvent();
  $('#add-event').addEventListener('click', () => addEvent());
  $('#case-form').addEventListener('submit', compute);
  $('#download-ics').addEventListener('click', downloadIcs);
  $('#print').addEventListener('click', () => window.print());
  $('#lang-switch').addEventListener('click', async () => {
    state.lang = state.lang === 'id' ? 'en' : 'id';
    translate();
    if (state.errors) {
      const errors = state.errors;
      clearErrors();
      showErrors(errors);
    }
    if (!$('#result').hidden) await compute();
  });
  translate();
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', start);
