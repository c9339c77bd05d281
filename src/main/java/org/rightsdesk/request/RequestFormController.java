package org.rightsdesk.request;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.rightsdesk.request.RequestApi.NewRequestBody;
import org.rightsdesk.request.RequestApi.OnBehalfOfBody;
import org.rightsdesk.request.RequestApi.RequesterBody;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public request form: plain HTML that works without JavaScript, submitting to the same intake as
 * the API. A hidden key per form makes a double submit or a refresh return the same case.
 */
@Controller
@RequestMapping("/request")
class RequestFormController {

  /** API field paths, as the validator names them, to the form's field ids. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "requester.name", "name",
          "requester.email", "email",
          "requester.postalAddress", "postalAddress",
          "requester.phone", "phone",
          "description", "description",
          "onBehalfOf.name", "onBehalfOfName",
          "onBehalfOf.relationship", "relationship",
          "subjectType", "subjectType",
          "preferredDelivery", "preferredDelivery");

  private final RequestIntakeService intake;
  private final NewRequestMapper mapper;
  private final Validator validator;

  RequestFormController(RequestIntakeService intake, NewRequestMapper mapper, Validator validator) {
    this.intake = intake;
    this.mapper = mapper;
    this.validator = validator;
  }

  @GetMapping
  String form(Model model) {
    RequestForm form = new RequestForm();
    form.setIdempotencyKey(UUID.randomUUID().toString());
    form.setPreferredDelivery(DeliveryMethod.EMAIL.name());
    return show(form, Map.of(), model);
  }

  @PostMapping
  String submit(@ModelAttribute RequestForm form, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    NewRequestBody body = null;
    try {
      body = form.toBody();
    } catch (IllegalArgumentException e) {
      errors.put("subjectType", "Choose one of the options");
    }
    if (body != null) {
      for (ConstraintViolation<NewRequestBody> v : validator.validate(body)) {
        String field = FIELDS.getOrDefault(v.getPropertyPath().toString(), "description");
        errors.putIfAbsent(field, sentence(label(field), v.getMessage()));
      }
    }
    if (form.getIdempotencyKey() == null || !form.getIdempotencyKey().matches("[0-9a-f-]{36}")) {
      form.setIdempotencyKey(UUID.randomUUID().toString());
    }
    if (errors.isEmpty()) {
      try {
        NewRequest request = mapper.map(body, false);
        Receipt receipt =
            intake.receive(request, "web-form:" + form.getIdempotencyKey(), mapper.fingerprint(body), null);
        model.addAttribute("reference", receipt.reference());
        return "request/received";
      } catch (InvalidInputException e) {
        e.errors().forEach(err -> errors.putIfAbsent(FIELDS.getOrDefault(err.field(), "description"),
            sentence(label(FIELDS.getOrDefault(err.field(), "description")), err.message())));
      }
    }
    return show(form, errors, model);
  }

  private String show(RequestForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "subjectTypes",
        options(Map.of("PUPIL", "A pupil", "PARENT", "A parent", "STAFF", "A member of staff", "OTHER", "Someone else"),
            SubjectType.values()));
    model.addAttribute(
        "relationships",
        options(Map.of("PARENT", "Parent", "GUARDIAN", "Guardian", "REPRESENTATIVE", "Representative (e.g. solicitor)", "OTHER", "Other"),
            Relationship.values()));
    model.addAttribute(
        "deliveryMethods",
        options(Map.of("EMAIL", "By email", "POST", "By post (signed for)", "IN_PERSON", "In person, with someone to explain it"),
            DeliveryMethod.values()));
    return "request/form";
  }

  private static Map<String, String> options(Map<String, String> labels, Enum<?>[] order) {
    Map<String, String> ordered = new LinkedHashMap<>();
    Arrays.stream(order).forEach(e -> ordered.put(e.name(), labels.get(e.name())));
    return ordered;
  }

  private static String label(String field) {
    return switch (field) {
      case "name" -> "Your full name";
      case "email" -> "Your email address";
      case "postalAddress" -> "Postal address";
      case "phone" -> "Telephone number";
      case "onBehalfOfName" -> "Their full name";
      case "relationship" -> "Your relationship";
      default -> "The information you want";
    };
  }

  private static String sentence(String label, String message) {
    return label + " " + message;
  }

  /** The form's fields as submitted; blank fields are absent. */
  static class RequestForm {
    private String idempotencyKey;
    private String name;
    private String email;
    private String postalAddress;
    private String phone;
    private String description;
    private String subjectType;
    private String onBehalfOfName;
    private String relationship;
    private String preferredDelivery;

    NewRequestBody toBody() {
      OnBehalfOfBody onBehalfOf =
          blank(onBehalfOfName) && blank(relationship)
              ? null
              : new OnBehalfOfBody(onBehalfOfName, blank(relationship) ? null : Relationship.valueOf(relationship));
      return new NewRequestBody(
          new RequesterBody(nullIfBlank(name), nullIfBlank(email), nullIfBlank(postalAddress), nullIfBlank(phone)),
          nullIfBlank(description),
          onBehalfOf,
          blank(subjectType) ? null : SubjectType.valueOf(subjectType),
          null,
          blank(preferredDelivery) ? null : DeliveryMethod.valueOf(preferredDelivery),
          Channel.WEB,
          null);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
      return blank(s) ? null : s;
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { idempotencyKey = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String v) { postalAddress = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String v) { subjectType = v; }
    public String getOnBehalfOfName() { return onBehalfOfName; }
    public void setOnBehalfOfName(String v) { onBehalfOfName = v; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String v) { relationship = v; }
    public String getPreferredDelivery() { return preferredDelivery; }
    public void setPreferredDelivery(String v) { preferredDelivery = v; }
  }
}
