package org.liaisondesk.domain;

import java.time.LocalDateTime;

/** A person the office knows. Passport data is sensitive and masked on screen and paper unless asked. */
public record Contact(Long id, String nameZh, String nameEn, String nameLocal, Gender gender, String title,
                      Long organisationId, String nationality, String email, String phone, String wechat,
                      String messenger, String languages, PartialDate dateOfBirth, String passportNo,
                      PartialDate passportExpiry, String dietary, String religion, String accessNotes,
                      boolean overseasChinese, String notes, Tags tags,
                      LocalDateTime createdAt, LocalDateTime updatedAt) implements Named {
}
