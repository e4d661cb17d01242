// Every Sumsub buttonId we know, with our decision for it. Source of truth for the runtime.
// `explain` names the explanation (locales/en.json → reasons.<key>); `withhold` means SPEC R4:
// never explained. `labels` are the rejectLabels this button already explains (dropped when both arrive).
// Provenance of every id: ./sources.json. Unknown ids are normal input and handled by resolveFeedback.
import type { ButtonEntry } from './types.js';

export const BUTTON_IDS: Readonly<Record<string, ButtonEntry>> = {
  // dbNetChecks
  dbNetChecks: { step: 'personalData', explain: 'recordsMismatch' },
  dbNetChecks_checkUnavailable: { step: 'personalData', explain: 'recordsUnavailable', labels: ['CHECK_UNAVAILABLE'] },
  dbNetChecks_drivingRestrictions: { step: 'personalData', withhold: 'screening', labels: ['RESTRICTED_PERSON'] },
  dbNetChecks_incorrectBvn: { step: 'personalData', explain: 'idNumberIncorrect', labels: ['INCORRECT_SOCIAL_NUMBER'] },
  dbNetChecks_incorrectSsn: { step: 'personalData', explain: 'idNumberIncorrect', labels: ['INCORRECT_SOCIAL_NUMBER'] },
  dbNetChecks_incorrectTin: { step: 'personalData', explain: 'idNumberIncorrect', labels: ['INCORRECT_SOCIAL_NUMBER'] },
  // additionalPages
  additionalPages: { step: 'identityDocument', explain: 'pageMissing' },
  additionalPages_registrationStamp: {
    step: 'identityDocument',
    explain: 'pageMissing',
    labels: ['DOCUMENT_PAGE_MISSING'],
  },
  additionalPages_anotherSide: { step: 'identityDocument', explain: 'sideMissing', labels: ['DOCUMENT_PAGE_MISSING'] },
  additionalPages_expirationPage: {
    step: 'identityDocument',
    explain: 'expiryPageMissing',
    labels: ['DOCUMENT_PAGE_MISSING'],
  },
  additionalPages_mainPageId: {
    step: 'identityDocument',
    explain: 'mainPageMissing',
    labels: ['DOCUMENT_PAGE_MISSING'],
  },
  additionalPages_nextPage: {
    step: 'identityDocument',
    explain: 'expiryPageMissing',
    labels: ['DOCUMENT_PAGE_MISSING'],
  },
  // bankCard
  bankCard: { step: 'paymentMethod', explain: 'cardUnusable' },
  bankCard_fullNameIssue: { step: 'paymentMethod', explain: 'cardWithoutName', labels: ['BAD_PROOF_OF_PAYMENT'] },
  bankCard_expirationDate: { step: 'paymentMethod', explain: 'cardExpired', labels: ['BAD_PROOF_OF_PAYMENT'] },
  bankCard_noCard: { step: 'paymentMethod', explain: 'cardCopy', labels: ['BAD_PROOF_OF_PAYMENT'] },
  // bankStatement
  bankStatement: { step: 'paymentMethod', explain: 'statementUnusable' },
  bankStatement_notEnoughData: {
    step: 'paymentMethod',
    explain: 'statementDetailsMissing',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  bankStatement_fullNameIssue: {
    step: 'paymentMethod',
    explain: 'statementDetailsMissing',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  bankStatement_invalidIssueDate: {
    step: 'paymentMethod',
    explain: 'statementDetailsMissing',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  bankStatement_numberMismatch: {
    step: 'paymentMethod',
    explain: 'statementCardMismatch',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  // badPhoto
  badPhoto: { step: 'identityDocument', explain: 'photoUnusable' },
  badPhoto_screenshot: {
    step: 'identityDocument',
    explain: 'screenshot',
    labels: ['SCREENSHOTS', 'UNSATISFACTORY_PHOTOS'],
  },
  badPhoto_blackAndWhite: {
    step: 'identityDocument',
    explain: 'blackAndWhite',
    labels: ['BLACK_AND_WHITE', 'UNSATISFACTORY_PHOTOS'],
  },
  // explained: editing is usually innocent (cropping, filters); the copy names no detection
  badPhoto_editedPoa: {
    step: 'proofOfAddress',
    explain: 'editedImage',
    labels: ['GRAPHIC_EDITOR', 'UNSATISFACTORY_PHOTOS'],
  },
  badPhoto_dataNotVisible: {
    step: 'identityDocument',
    explain: 'detailsNotReadable',
    labels: ['UNSATISFACTORY_PHOTOS'],
  },
  // explained: stickers and overlays are usually innocent
  badPhoto_sticker: {
    step: 'identityDocument',
    explain: 'editedImage',
    labels: ['GRAPHIC_EDITOR', 'UNSATISFACTORY_PHOTOS'],
  },
  badPhoto_incomplete: {
    step: 'identityDocument',
    explain: 'documentCutOff',
    labels: ['INCOMPLETE_DOCUMENT', 'UNSATISFACTORY_PHOTOS'],
  },
  // explained: editing traces are usually innocent; forgery has its own withheld codes (fake_*)
  badPhoto_imageEditor: {
    step: 'identityDocument',
    explain: 'editedImage',
    labels: ['GRAPHIC_EDITOR', 'UNSATISFACTORY_PHOTOS'],
  },
  badPhoto_lowQuality: { step: 'identityDocument', explain: 'photoUnusable', labels: ['BAD_SELFIE'] },
  // badDocument
  badDocument: { step: 'identityDocument', explain: 'identityDocumentUnsuitable' },
  badDocument_dataNotVisible: {
    step: 'identityDocument',
    explain: 'detailsNotReadable',
    labels: ['UNSATISFACTORY_PHOTOS'],
  },
  badDocument_withoutFace: {
    step: 'identityDocument',
    explain: 'documentPortraitUnclear',
    labels: ['BAD_PROOF_OF_IDENTITY'],
  },
  badDocument_copyOfIdDoc: { step: 'identityDocument', explain: 'paperCopy', labels: ['BAD_PROOF_OF_IDENTITY'] },
  badDocument_damagedId: { step: 'identityDocument', explain: 'documentDamaged', labels: ['DOCUMENT_DAMAGED'] },
  badDocument_digitalId: { step: 'identityDocument', explain: 'digitalDocument', labels: ['DIGITAL_DOCUMENT'] },
  badDocument_expiredId: { step: 'identityDocument', explain: 'documentExpired', labels: ['EXPIRATION_DATE'] },
  badDocument_expirationDate: { step: 'identityDocument', explain: 'documentExpired', labels: ['EXPIRATION_DATE'] },
  badDocument_invalidId: { step: 'identityDocument', explain: 'differentDocumentNeeded', labels: ['ID_INVALID'] },
  badDocument_notFullDob: {
    step: 'identityDocument',
    explain: 'documentDetailsMissing',
    labels: ['BAD_PROOF_OF_IDENTITY'],
  },
  badDocument_notFullName: {
    step: 'identityDocument',
    explain: 'documentDetailsMissing',
    labels: ['BAD_PROOF_OF_IDENTITY'],
  },
  badDocument_notFullNameOrDob: {
    step: 'identityDocument',
    explain: 'documentDetailsMissing',
    labels: ['BAD_PROOF_OF_IDENTITY'],
  },
  badDocument_needTranslation: {
    step: 'identityDocument',
    explain: 'documentLanguage',
    labels: ['INCOMPATIBLE_LANGUAGE'],
  },
  badDocument_unsigned: { step: 'identityDocument', explain: 'documentUnsigned', labels: ['BAD_PROOF_OF_IDENTITY'] },
  badDocument_wrongType: {
    step: 'identityDocument',
    explain: 'documentTypeNotAccepted',
    labels: ['BAD_PROOF_OF_IDENTITY'],
  },
  // explained without its reason: the copy only asks for another document
  badDocument_suspiciousDocument: {
    step: 'identityDocument',
    explain: 'differentDocumentNeeded',
    labels: ['BAD_PROOF_OF_IDENTITY'],
  },
  badDocument_dataMismatch: { step: 'personalData', explain: 'detailsMismatch', labels: ['REQUESTED_DATA_MISMATCH'] },
  badDocument_missedNfc: { step: 'identityDocument', explain: 'chipScanNeeded', labels: ['INCOMPLETE_DOCUMENT'] },
  // selfie
  selfie: { step: 'selfie', explain: 'selfieUnusable' },
  // explained: a quality problem (face not visible), not an identity finding
  selfie_badFaceComparison: { step: 'selfie', explain: 'faceMatch', labels: ['BAD_FACE_MATCHING', 'BAD_SELFIE'] },
  selfie_blackAndWhite: {
    step: 'selfie',
    explain: 'blackAndWhite',
    labels: ['BLACK_AND_WHITE', 'UNSATISFACTORY_PHOTOS'],
  },
  selfie_selfieLiveness: { step: 'selfie', explain: 'livenessCheck', labels: ['BAD_SELFIE'] },
  selfie_webcamSelfie: { step: 'selfie', explain: 'livenessCheck', labels: ['BAD_SELFIE'] },
  // explained: camera apps add watermarks innocently; the copy names no detection
  selfie_livenessWatermark: { step: 'selfie', explain: 'cameraOverlay', labels: ['BAD_SELFIE'] },
  selfie_selfieWithId: { step: 'selfie', explain: 'selfieWithDocument', labels: ['BAD_SELFIE'] },
  selfie_selfieWithAnotherId: { step: 'selfie', explain: 'selfieDocumentDifferent', labels: ['BAD_SELFIE'] },
  selfie_selfieWithNewId: { step: 'selfie', explain: 'selfieWithDocument', labels: ['BAD_SELFIE'] },
  selfie_lowQuality: { step: 'selfie', explain: 'selfieUnusable', labels: ['BAD_SELFIE'] },
  selfie_videoSelfie: { step: 'selfie', explain: 'videoSelfieUnusable', labels: ['BAD_VIDEO_SELFIE'] },
  // videoSelfie
  videoSelfie: { step: 'selfie', explain: 'videoSelfieUnusable' },
  videoSelfie_lowQuality: { step: 'selfie', explain: 'videoSelfieUnusable', labels: ['BAD_SELFIE'] },
  videoSelfie_videoWithoutFace: { step: 'selfie', explain: 'videoSelfieUnusable', labels: ['BAD_VIDEO_SELFIE'] },
  videoSelfie_spokenPhraseMismatch: { step: 'selfie', explain: 'spokenPhrase', labels: ['BAD_VIDEO_SELFIE'] },
  // dataMismatch
  dataMismatch: { step: 'personalData', explain: 'detailsMismatch' },
  dataMismatch_address: { step: 'personalData', explain: 'addressMismatch', labels: ['WRONG_ADDRESS'] },
  dataMismatch_fullName: { step: 'personalData', explain: 'nameMismatch', labels: ['PROBLEMATIC_APPLICANT_DATA'] },
  dataMismatch_dateOfBirth: {
    step: 'personalData',
    explain: 'birthDateMismatch',
    labels: ['PROBLEMATIC_APPLICANT_DATA'],
  },
  dataMismatch_gender: { step: 'personalData', explain: 'detailsMismatch', labels: ['PROBLEMATIC_APPLICANT_DATA'] },
  // proofOfAddress
  proofOfAddress: { step: 'proofOfAddress', explain: 'addressDocumentUnsuitable' },
  proofOfAddress_fullAddress: {
    step: 'proofOfAddress',
    explain: 'addressDocumentIncomplete',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_fullName: {
    step: 'proofOfAddress',
    explain: 'addressDocumentIncomplete',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_issueDate: {
    step: 'proofOfAddress',
    explain: 'addressDocumentDate',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_listOfDocs: {
    step: 'proofOfAddress',
    explain: 'addressDocumentUnsuitable',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_dataMismatch: { step: 'proofOfAddress', explain: 'addressMismatch', labels: ['BAD_PROOF_OF_ADDRESS'] },
  proofOfAddress_notEnoughData: {
    step: 'proofOfAddress',
    explain: 'addressDocumentIncomplete',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_certifiedForm: {
    step: 'proofOfAddress',
    explain: 'addressDocumentStamp',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_sameDoc: { step: 'proofOfAddress', explain: 'sameDocumentTwice', labels: ['BAD_PROOF_OF_ADDRESS'] },
  proofOfAddress_poiPoaCountryMismatch: {
    step: 'proofOfAddress',
    explain: 'countryMismatch',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  proofOfAddress_unAcceptableLanguage: {
    step: 'proofOfAddress',
    explain: 'documentLanguage',
    labels: ['BAD_PROOF_OF_ADDRESS'],
  },
  // the source lists an ID-expiry description here; for a proof of address an outdated document is the likely meaning
  proofOfAddress_expirationDate: {
    step: 'proofOfAddress',
    explain: 'addressDocumentDate',
    labels: ['EXPIRATION_DATE'],
  },
  // proofOfPayment
  proofOfPayment: { step: 'paymentMethod', explain: 'paymentProofUnsuitable' },
  proofOfPayment_bankCard: { step: 'paymentMethod', explain: 'cardUnusable', labels: ['BAD_PROOF_OF_PAYMENT'] },
  proofOfPayment_bankStatement: {
    step: 'paymentMethod',
    explain: 'statementUnusable',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  proofOfPayment_fullName: {
    step: 'paymentMethod',
    explain: 'statementDetailsMissing',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  proofOfPayment_bankAccount: { step: 'paymentMethod', explain: 'bankAccountProof', labels: ['BAD_PROOF_OF_PAYMENT'] },
  'proofOfPayment_e-wallet': { step: 'paymentMethod', explain: 'eWalletProof', labels: ['BAD_PROOF_OF_PAYMENT'] },
  proofOfPayment_issueDate: { step: 'paymentMethod', explain: 'eWalletProof', labels: ['BAD_PROOF_OF_PAYMENT'] },
  proofOfPayment_wireTransfer: { step: 'paymentMethod', explain: 'transferProof', labels: ['BAD_PROOF_OF_PAYMENT'] },
  proofOfPayment_listOfDocs: { step: 'paymentMethod', explain: 'transferProof', labels: ['BAD_PROOF_OF_PAYMENT'] },
  proofOfPayment_proofOfPayment: {
    step: 'paymentMethod',
    explain: 'paymentNotCompleted',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  proofOfPayment_dataMismatch: {
    step: 'paymentMethod',
    explain: 'paymentDetailsMismatch',
    labels: ['BAD_PROOF_OF_PAYMENT'],
  },
  // blackCrypto
  blackCrypto: { step: 'paymentMethod', withhold: 'risk', labels: ['BAD_PROOF_OF_PAYMENT'] },
  // walletSignatureMismatch
  walletSignatureMismatch: { step: 'paymentMethod', explain: 'walletSignature', labels: ['BAD_PROOF_OF_PAYMENT'] },
  // gpsAsPoaSkipped
  gpsAsPoaSkipped: { step: 'proofOfAddress', explain: 'addressMissing', labels: ['GPS_AS_POA_SKIPPED'] },
  // videoIdent
  videoIdent: { step: 'videoCall', explain: 'videoCallIncomplete' },
  videoIdent_applicantInterruptedInterview: {
    step: 'videoCall',
    explain: 'callEndedEarly',
    labels: ['APPLICANT_INTERRUPTED_INTERVIEW'],
  },
  videoIdent_noSuitableDocs: { step: 'videoCall', explain: 'callDocumentsMissing', labels: ['DOCUMENT_MISSING'] },
  videoIdent_notAlone: { step: 'videoCall', explain: 'callEnvironment', labels: ['UNSUITABLE_ENV'] },
  videoIdent_notSeen: { step: 'videoCall', explain: 'callEnvironment', labels: ['UNSUITABLE_ENV'] },
  videoIdent_badConnection: { step: 'videoCall', explain: 'callConnection', labels: ['CONNECTION_INTERRUPTED'] },
  // ekycRetry
  ekycRetry: { step: 'personalData', explain: 'recordsMismatch' },
  ekycRetry_checkUnavailable: { step: 'personalData', explain: 'recordsUnavailable', labels: ['CHECK_UNAVAILABLE'] },
  ekycRetry_dataMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['PROBLEMATIC_APPLICANT_DATA'] },
  ekycRetry_notEnoughDataInSource: {
    step: 'personalData',
    explain: 'recordsNotFound',
    labels: ['PROBLEMATIC_APPLICANT_DATA'],
  },
  // dbNetRetry
  dbNetRetry: { step: 'personalData', explain: 'recordsMismatch' },
  dbNetRetry_checkUnavailable: { step: 'personalData', explain: 'recordsUnavailable', labels: ['CHECK_UNAVAILABLE'] },
  dbNetRetry_dataMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetRetry_dobMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetRetry_genderMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetRetry_nameMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetRetry_dataNotFound: { step: 'personalData', explain: 'recordsNotFound', labels: ['DB_DATA_NOT_FOUND'] },
  // company
  company: { step: 'companyDocuments', explain: 'companyDocumentsNeeded' },
  company_moreDocs: {
    step: 'companyDocuments',
    explain: 'companyDocumentsNeeded',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  company_notDeteminedBeneficiaries: {
    step: 'companyDocuments',
    explain: 'ownersNotVerified',
    labels: ['COMPANY_NOT_VALIDATED_BENEFICIAL_OWNERS'],
  },
  // kybAdditionalDocuments
  kybAdditionalDocuments: { step: 'companyDocuments', explain: 'companyDocumentsNeeded' },
  kybAdditionalDocuments_kybLegalExistence: {
    step: 'companyDocuments',
    explain: 'companyRegistrationProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybRegisterOfShareholdersOrUBOs: {
    step: 'companyDocuments',
    explain: 'ownershipRegister',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybCertificateOfIncorporation: {
    step: 'companyDocuments',
    explain: 'companyRegistrationProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybArticlesOfAssociation: {
    step: 'companyDocuments',
    explain: 'articlesOfAssociation',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybRegisterOfDirectors: {
    step: 'companyDocuments',
    explain: 'directorsRegister',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybRegisterOfMembers: {
    step: 'companyDocuments',
    explain: 'ownershipRegister',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybCompanyRegisterExcerpt: {
    step: 'companyDocuments',
    explain: 'companyRegistrationProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybProofOfAddress: {
    step: 'companyDocuments',
    explain: 'companyAddressProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_EIN: {
    step: 'companyDocuments',
    explain: 'taxNumberProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybCertificateOfIncumbency: {
    step: 'companyDocuments',
    explain: 'directorsRegister',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybCertificateOfGoodStanding: {
    step: 'companyDocuments',
    explain: 'companyRegistrationProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybInternalForm: {
    step: 'companyDocuments',
    explain: 'internalForm',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybLegalBond: {
    step: 'companyDocuments',
    explain: 'roleProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  kybAdditionalDocuments_kybOfficialPosition: {
    step: 'companyDocuments',
    explain: 'roleProof',
    labels: ['ADDITIONAL_DOCUMENT_REQUIRED'],
  },
  // kybControlAndOwnershipStructure
  kybControlAndOwnershipStructure: { step: 'companyDocuments', explain: 'companyStructure' },
  kybControlAndOwnershipStructure_kybIncorrectControlStructure: {
    step: 'companyDocuments',
    explain: 'companyStructure',
    labels: ['COMPANY_NOT_DEFINED_STRUCTURE'],
  },
  kybControlAndOwnershipStructure_kybIncorrectOwnershipStructure: {
    step: 'companyDocuments',
    explain: 'companyStructure',
    labels: ['COMPANY_NOT_DEFINED_OWNERSHIP_STRUCTURE', 'COMPANY_NOT_DEFINED_STRUCTURE'],
  },
  kybControlAndOwnershipStructure_kybMissingKYCForUBOs: {
    step: 'companyDocuments',
    explain: 'ownersNotVerified',
    labels: ['COMPANY_NOT_VALIDATED_BENEFICIAL_OWNERS', 'COMPANY_NOT_DEFINED_STRUCTURE'],
  },
  kybControlAndOwnershipStructure_kybMissingKYCForShareholders: {
    step: 'companyDocuments',
    explain: 'ownersNotVerified',
    labels: ['COMPANY_NOT_VALIDATED_BENEFICIARIES'],
  },
  kybControlAndOwnershipStructure_kybMissingKYCForDirectors: {
    step: 'companyDocuments',
    explain: 'officersNotVerified',
    labels: ['COMPANY_NOT_VALIDATED_DIRECTORS'],
  },
  kybControlAndOwnershipStructure_kybMissingKYCForRepresentative: {
    step: 'companyDocuments',
    explain: 'officersNotVerified',
    labels: ['COMPANY_NOT_VALIDATED_REPRESENTATIVES'],
  },
  // kybUnsuitableDocument
  kybUnsuitableDocument: { step: 'companyDocuments', explain: 'companyDocumentUnsuitable' },
  kybUnsuitableDocument_kybUnsignedDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentNotSigned',
    labels: ['UNSUITABLE_DOCUMENT', 'UNFILLED_ID'],
  },
  kybUnsuitableDocument_kybUnsealedDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentNotSigned',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybNonApostilledDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentCertification',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybNonNotarizedDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentCertification',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybNonCertifiedDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentCertification',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybMissingTranslation: {
    step: 'companyDocuments',
    explain: 'documentLanguage',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybNonCertifiedTranslation: {
    step: 'companyDocuments',
    explain: 'translationNotCertified',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybSelfIssuedDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentIssuer',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybPersonalDocument: {
    step: 'companyDocuments',
    explain: 'personalDocumentForCompany',
    labels: ['UNSUITABLE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybOutdatedVersion: {
    step: 'companyDocuments',
    explain: 'companyDocumentOutdated',
    labels: ['OUTDATED_DOCUMENT_VERSION'],
  },
  kybUnsuitableDocument_kybExpirationDate: {
    step: 'companyDocuments',
    explain: 'companyDocumentOutdated',
    labels: ['EXPIRATION_DATE'],
  },
  kybUnsuitableDocument_kybNoDate: {
    step: 'companyDocuments',
    explain: 'companyDocumentOutdated',
    labels: ['INCOMPLETE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybScreenshot: {
    step: 'companyDocuments',
    explain: 'companyDocumentUnreadable',
    labels: ['SCREENSHOTS'],
  },
  kybUnsuitableDocument_kybLowQuality: {
    step: 'companyDocuments',
    explain: 'companyDocumentUnreadable',
    labels: ['LOW_QUALITY'],
  },
  kybUnsuitableDocument_kybIncompleteDocument: {
    step: 'companyDocuments',
    explain: 'companyDocumentIncomplete',
    labels: ['INCOMPLETE_DOCUMENT'],
  },
  kybUnsuitableDocument_kybNonAuthenticDocument: {
    step: 'companyDocuments',
    withhold: 'fraud',
    labels: ['UNFILLED_ID'],
  },
  kybUnsuitableDocument_kybDocumentTemplate: {
    step: 'companyDocuments',
    withhold: 'fraud',
    labels: ['DOCUMENT_TEMPLATE'],
  },
  kybUnsuitableDocument_kybNotADocument: {
    step: 'companyDocuments',
    explain: 'notADocument',
    labels: ['NOT_DOCUMENT'],
  },
  // explained: edits are usually innocent (merged or annotated PDFs); forgery is withheld separately
  kybUnsuitableDocument_kybGraphicsEditingSoftware: {
    step: 'companyDocuments',
    explain: 'companyDocumentEdited',
    labels: ['GRAPHIC_EDITOR'],
  },
  kybUnsuitableDocument_kybForgery: { step: 'companyDocuments', withhold: 'fraud', labels: ['FORGERY'] },
  // kybOther
  kybOther: { step: 'companyDocuments', explain: 'generic' },
  kybOther_kybSpam: { step: 'other', explain: 'tooManyUploads', labels: ['SPAM'] },
  // explained: a public registry fact the company can correct
  kybOther_kybInactive: { step: 'companyDocuments', explain: 'companyInactive', labels: ['COMPANY_INACTIVE_ENTITY'] },
  kybOther_kybSoleEntrepreneur: { step: 'companyDocuments', explain: 'soleTraderProof', labels: ['DOCUMENT_MISSING'] },
  kybOther_kybIncorrectCompanyName: {
    step: 'companyDocuments',
    explain: 'companyDetailsMismatch',
    labels: ['COMPANY_INCORRECT_DATA'],
  },
  kybOther_kybIncorrectRegistrationNumber: {
    step: 'companyDocuments',
    explain: 'companyDetailsMismatch',
    labels: ['COMPANY_INCORRECT_DATA'],
  },
  kybOther_kybUnacceptableEntity: {
    step: 'companyDocuments',
    withhold: 'eligibility',
    labels: ['REGULATIONS_VIOLATIONS'],
  },
  // compromisedPersons
  compromisedPersons: { step: 'personalData', withhold: 'screening' },
  compromisedPersons_adverseMedia: { step: 'personalData', withhold: 'screening', labels: ['ADVERSE_MEDIA'] },
  compromisedPersons_criminalRecords: { step: 'personalData', withhold: 'screening', labels: ['CRIMINAL'] },
  compromisedPersons_fitnessProbity: { step: 'personalData', withhold: 'screening', labels: ['COMPROMISED_PERSONS'] },
  compromisedPersons_incompleteName: { step: 'personalData', withhold: 'screening', labels: ['COMPROMISED_PERSONS'] },
  compromisedPersons_pep: { step: 'personalData', withhold: 'screening', labels: ['PEP'] },
  compromisedPersons_sanctionList: { step: 'personalData', withhold: 'screening', labels: ['SANCTIONS'] },
  compromisedPersons_warning: { step: 'personalData', withhold: 'screening', labels: ['COMPROMISED_PERSONS'] },
  // differentDocs
  differentDocs: { step: 'other', withhold: 'fraud', labels: ['INCONSISTENT_PROFILE', 'BAD_PROOF_OF_PAYMENT'] },
  // spam
  // explained: repeated unusable uploads; says nothing about what was detected
  spam: { step: 'other', explain: 'tooManyUploads', labels: ['SPAM'] },
  // redCrypto
  redCrypto: { step: 'paymentMethod', withhold: 'risk', labels: ['BAD_PROOF_OF_PAYMENT'] },
  // paymentsIssues
  paymentsIssues: { step: 'paymentMethod', withhold: 'risk' },
  // regulationsViolations
  regulationsViolations: { step: 'personalData', withhold: 'eligibility' },
  regulationsViolations_age: {
    step: 'personalData',
    withhold: 'eligibility',
    labels: ['AGE_REQUIREMENT_MISMATCH', 'REGULATIONS_VIOLATIONS'],
  },
  regulationsViolations_duplicate: {
    step: 'personalData',
    withhold: 'eligibility',
    labels: ['DUPLICATE', 'REGULATIONS_VIOLATIONS'],
  },
  regulationsViolations_wrongRegion: {
    step: 'personalData',
    withhold: 'eligibility',
    labels: ['WRONG_USER_REGION', 'REGULATIONS_VIOLATIONS'],
  },
  regulationsViolations_inconsistency: {
    step: 'paymentMethod',
    withhold: 'risk',
    labels: ['REGULATIONS_VIOLATIONS', 'BAD_PROOF_OF_PAYMENT'],
  },
  regulationsViolations_countriesMismatch: {
    step: 'paymentMethod',
    withhold: 'risk',
    labels: ['REGULATIONS_VIOLATIONS', 'BAD_PROOF_OF_PAYMENT'],
  },
  regulationsViolations_riskBankCard: {
    step: 'paymentMethod',
    withhold: 'risk',
    labels: ['REGULATIONS_VIOLATIONS', 'BAD_PROOF_OF_PAYMENT'],
  },
  regulationsViolations_highRiskProfile: { step: 'personalData', withhold: 'risk', labels: ['REGULATIONS_VIOLATIONS'] },
  regulationsViolations_wrongResidency: {
    step: 'personalData',
    withhold: 'eligibility',
    labels: ['WRONG_USER_REGION', 'REGULATIONS_VIOLATIONS'],
  },
  regulationsViolations_mainDocCountry: {
    step: 'personalData',
    withhold: 'eligibility',
    labels: ['REGULATIONS_VIOLATIONS'],
  },
  regulationsViolations_gender: {
    step: 'personalData',
    withhold: 'eligibility',
    labels: ['PROBLEMATIC_APPLICANT_DATA'],
  },
  // fake
  fake: { step: 'identityDocument', withhold: 'fraud' },
  fake_editedId: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY'] },
  fake_fake: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY', 'FRAUDULENT_PATTERNS'] },
  fake_fakePoa: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY'] },
  fake_nfcMismatch: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY'] },
  fake_forgedId: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY'] },
  fake_fakeSelfie: { step: 'selfie', withhold: 'fraud', labels: ['FRAUDULENT_PATTERNS'] },
  fake_editedMrz: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY'] },
  // fraudulentPatterns
  fraudulentPatterns: { step: 'other', withhold: 'fraud' },
  fraudulentPatterns_template: { step: 'identityDocument', withhold: 'fraud', labels: ['FORGERY'] },
  fraudulentPatterns_serial: { step: 'other', withhold: 'fraud', labels: ['FRAUDULENT_PATTERNS'] },
  fraudulentPatterns_printedIdCopy: { step: 'identityDocument', withhold: 'fraud', labels: ['NOT_DOCUMENT'] },
  fraudulentPatterns_livenessBypass: { step: 'selfie', withhold: 'fraud', labels: ['FRAUDULENT_LIVENESS'] },
  fraudulentPatterns_deepFake: { step: 'selfie', withhold: 'fraud', labels: ['FRAUDULENT_LIVENESS'] },
  fraudulentPatterns_livenessDifferentPeople: { step: 'selfie', withhold: 'fraud', labels: ['FRAUDULENT_LIVENESS'] },
  fraudulentPatterns_livenessWithPhone: { step: 'selfie', withhold: 'fraud', labels: ['THIRD_PARTY_INVOLVED'] },
  fraudulentPatterns_selfieMismatch: { step: 'selfie', withhold: 'fraud', labels: ['SELFIE_MISMATCH'] },
  fraudulentPatterns_fake: { step: 'other', withhold: 'fraud' },
  fraudulentPatterns_livenessBypassAttempt: { step: 'selfie', withhold: 'fraud', labels: ['FRAUDULENT_LIVENESS'] },
  // compromisedStructure
  compromisedStructure: {
    step: 'companyDocuments',
    withhold: 'screening',
    labels: ['COMPANY_PROBLEMATIC_STRUCTURE', 'COMPROMISED_PERSONS'],
  },
  // videoIdentFinalRejection
  videoIdentFinalRejection: { step: 'videoCall', withhold: 'fraud' },
  videoIdentFinalRejection_forcedVerification: {
    step: 'videoCall',
    withhold: 'fraud',
    labels: ['FRAUDULENT_PATTERNS'],
  },
  videoIdentFinalRejection_3rdPartyInvolvement: {
    step: 'videoCall',
    withhold: 'fraud',
    labels: ['THIRD_PARTY_INVOLVED'],
  },
  videoIdentFinalRejection_unsupportedLanguage: {
    step: 'videoCall',
    explain: 'callLanguage',
    labels: ['UNSUPPORTED_LANGUAGE'],
  },
  // dbNetReject
  dbNetReject: { step: 'personalData', explain: 'recordsMismatch' },
  dbNetReject_dataNotFound: { step: 'personalData', explain: 'recordsNotFound', labels: ['DB_DATA_NOT_FOUND'] },
  dbNetReject_dataMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetReject_nameMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetReject_addressMismatch: {
    step: 'personalData',
    explain: 'addressMismatch',
    labels: ['DB_DATA_MISMATCH', 'WRONG_ADDRESS'],
  },
  dbNetReject_dobMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['DB_DATA_MISMATCH'] },
  dbNetReject_restrictedPerson: { step: 'personalData', withhold: 'screening', labels: ['RESTRICTED_PERSON'] },
  // ekycReject
  ekycReject: { step: 'personalData', explain: 'recordsMismatch' },
  ekycReject_dataMismatch: { step: 'personalData', explain: 'recordsMismatch', labels: ['PROBLEMATIC_APPLICANT_DATA'] },
  ekycReject_skip: { step: 'personalData', explain: 'recordsCheckSkipped', labels: ['PROBLEMATIC_APPLICANT_DATA'] },
  ekycReject_notEnoughDataInSource: {
    step: 'personalData',
    explain: 'recordsNotFound',
    labels: ['PROBLEMATIC_APPLICANT_DATA'],
  },
};
