package org.rightsdesk.collate;

import org.rightsdesk.web.Sha256;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collating a case: the documents found for it, checked and with their text extracted, and the log of searches
 * made to find them, whose minutes feed the FOI cost estimate.
 */
@Service
public class CollateService {

  private static final int MAX_FOUND_IN = 500;
  private static final int MAX_FILE_NAME = 255;
  private static final int MAX_SYSTEM = 200;
  private static final int MAX_PERSON = 100;
  private static final int MAX_NOTE = 2000;
  /** A week of one person's working time; more in one entry is a typing error. */
  private static final int MAX_MINUTES = 5 * 8 * 60;

  private final CaseWorkService cases;
  private final DocumentInspector inspector;
  private final DocumentStorage storage;
  private final CollateRepository repository;
  private final Clock clock;

  CollateService(
      CaseWorkService cases,
      DocumentInspector inspector,
      DocumentStorage storage,
      CollateRepository repository,
      Clock clock) {
    this.cases = cases;
    this.inspector = inspector;
    this.storage = storage;
    this.repository = repository;
    this.clock = clock;
  }

  /** Checks the file by its content, keeps it and its text, and records where it was found and who added it. */
  @Transactional
  public CaseDocument addDocument(String reference, String fileName, byte[] content, String foundIn, String addedBy) {
    cases.get(reference);
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (foundIn == null || foundIn.isBlank()) {
      errors.add(new InvalidInputException.FieldError("foundIn", "say which system or folder the document was found in"));
    } else if (foundIn.length() > MAX_FOUND_IN) {
      errors.add(new InvalidInputException.FieldError("foundIn", "must be at most " + MAX_FOUND_IN + " characters"));
    }
    DocumentInspector.Inspected inspected = null;
    try {
      inspected = inspector.inspect(content);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CaseDocument document = new CaseDocument(
        UUID.randomUUID().toString(), reference, name(fileName, inspected.type()), inspected.type(), content.length,
        Sha256.hex(content), foundIn.strip(), addedBy, clock.instant());
    repository.insert(document, storage.put(content), inspected.text());
    return document;
  }

  @Transactional(readOnly = true)
  public List<CaseDocument> documents(String reference) {
    cases.get(reference);
    return repository.documents(reference);
  }

  @Transactional(readOnly = true)
  public DocumentContent content(String reference, String id) {
    cases.get(reference);
    CaseDocument document = repository.document(reference, id).orElseThrow(CollateService::noSuchDocument);
    byte[] bytes = repository.storageKey(reference, id).flatMap(storage::get).orElseThrow(CollateService::noSuchDocument);
    return new DocumentContent(document, bytes);
  }

  /** The text extracted when the document was added, for search and redaction. */
  @Transactional(readOnly = true)
  public Optional<String> text(String reference, String id) {
    return repository.text(reference, id);
  }

  @Transactional
  public SearchRecord logSearch(String reference, NewSearch search, String recordedBy) {
    cases.get(reference);
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    required(errors, "system", search.system(), MAX_SYSTEM);
    if (search.searchedBy() != null) {
      required(errors, "searchedBy", search.searchedBy(), MAX_PERSON);
    }
    if (search.minutes() == null) {
      errors.add(new InvalidInputException.FieldError("minutes", "say how many minutes the search took"));
    } else if (search.minutes() < 0 || search.minutes() > MAX_MINUTES) {
      errors.add(new InvalidInputException.FieldError("minutes", "must be between 0 and " + MAX_MINUTES));
    }
    if (search.note() != null && search.note().length() > MAX_NOTE) {
      errors.add(new InvalidInputException.FieldError("note", "must be at most " + MAX_NOTE + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    // who searched defaults to whoever logs it; a school's office may search on the caseworker's behalf
    NewSearch clean = new NewSearch(
        search.system().strip(),
        search.searchedBy() == null ? recordedBy : search.searchedBy().strip(),
        search.minutes(),
        search.note() == null || search.note().isBlank() ? null : search.note().strip());
    var at = clock.instant();
    long id = repository.insertSearch(reference, clean, recordedBy, at);
    return new SearchRecord(id, reference, clean.system(), clean.searchedBy(), clean.minutes(), clean.note(), recordedBy, at);
  }

  @Transactional(readOnly = true)
  public List<SearchRecord> searches(String reference) {
    cases.get(reference);
    return repository.searches(reference);
  }

  /** Minutes logged searching for the information: the "locating and retrieving" time of an FOI cost estimate. */
  @Transactional(readOnly = true)
  public int totalSearchMinutes(String reference) {
    cases.get(reference);
    return repository.totalMinutes(reference);
  }

  private static void required(List<InvalidInputException.FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new InvalidInputException.FieldError(field, "must not be empty"));
    } else if (value.length() > max) {
      errors.add(new InvalidInputException.FieldError(field, "must be at most " + max + " characters"));
    }
  }

  /** The name as sent, without any folder, shortened; only shown to staff, never used to store or serve. */
  private static String name(String fileName, DocumentType type) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = "document." + type.extension();
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }

  private static NotFoundException noSuchDocument() {
    return new NotFoundException("No such document on this case.");
  }
}
