// MuPDF's side of the redaction benchmark: the same terms and area as our command, applied with MuPDF's own
// redaction (text removed under the boxes, images painted), then the file saved in full.
// Usage: mutool run mupdf-redact.js IN.pdf OUT.pdf AREA_PAGE X Y W H TERM...
var input = scriptArgs[0];
var output = scriptArgs[1];
var areaPage = parseInt(scriptArgs[2], 10);
var area = [scriptArgs[3], scriptArgs[4], scriptArgs[5], scriptArgs[6]].map(parseFloat);
var terms = scriptArgs.slice(7);

var doc = new PDFDocument(input);
var count = doc.countPages();
for (var i = 0; i < count; i++) {
  var page = doc.loadPage(i);
  var quads = [];
  for (var t = 0; t < terms.length; t++) {
    var hits = page.search(terms[t]);
    for (var h = 0; h < hits.length; h++) {
      quads = quads.concat(hits[h]);
    }
  }
  var redacting = quads.length > 0;
  if (redacting) {
    var annot = page.createAnnotation("Redact");
    annot.setQuadPoints(quads);
    annot.update();
  }
  if (i + 1 === areaPage) {
    // PDF user space (bottom left) to MuPDF's page space (top left)
    var height = page.bound()[3];
    var box = page.createAnnotation("Redact");
    box.setRect([area[0], height - area[1] - area[3], area[0] + area[2], height - area[1]]);
    box.update();
    redacting = true;
  }
  if (redacting) {
    page.applyRedactions(true, 2);
  }
}
doc.save(output, "garbage");
