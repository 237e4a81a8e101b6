/**
 * The JSON Schema of the JSON report (schemaVersion 1). With the types in types.ts it is the one
 * definition of the report: tests/report/schema.test.ts checks the two describe the same fields
 * (both ways); the json reporter writes keys in this schema's property order; `merge` validates
 * its inputs against it (validate.ts); schema/report.schema.json is generated from it
 * (`npm run schema`, checked by a test). Change a field here and in types.ts together.
 */
import type { JsonSchema } from './validate.js';

export const REPORT_SCHEMA: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://seo-audit.dev/schema/report-1.json",
  "title": "seo-audit JSON report, schemaVersion 1",
  "description": "Output of `seo-audit --format json` (README: Report formats › json). Every reporter renders this shape.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "schemaVersion",
    "tool",
    "summary",
    "files",
    "crossFile",
    "rules"
  ],
  "properties": {
    "schemaVersion": {
      "const": 1
    },
    "tool": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "version"
      ],
      "properties": {
        "name": {
          "const": "seo-audit"
        },
        "version": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "summary": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "files",
        "passed",
        "failed",
        "errored",
        "skipped",
        "errors",
        "warnings",
        "coverage",
        "score"
      ],
      "properties": {
        "files": {
          "$ref": "#/definitions/count"
        },
        "passed": {
          "$ref": "#/definitions/count"
        },
        "failed": {
          "$ref": "#/definitions/count"
        },
        "errored": {
          "$ref": "#/definitions/count"
        },
        "skipped": {
          "description": "Pages skipped by default (drafts, partials, redirects, noindex); never failing.",
          "$ref": "#/definitions/count"
        },
        "errors": {
          "$ref": "#/definitions/count"
        },
        "warnings": {
          "$ref": "#/definitions/count"
        },
        "coverage": {
          "description": "Mean coverage ratio over audited files that have a coverage; null when none has.",
          "anyOf": [
            {
              "$ref": "#/definitions/ratio"
            },
            {
              "type": "null"
            }
          ]
        },
        "score": {
          "description": "Mean score over audited (non-error) files; null when none.",
          "anyOf": [
            {
              "$ref": "#/definitions/score"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "files": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/file"
      }
    },
    "crossFile": {
      "description": "Findings about several files at once (e.g. keyword cannibalization).",
      "type": "array",
      "items": {
        "$ref": "#/definitions/crossFileFinding"
      }
    },
    "rules": {
      "description": "The rules that ran, sorted by id.",
      "type": "array",
      "items": {
        "$ref": "#/definitions/rule"
      }
    }
  },
  "definitions": {
    "count": {
      "type": "integer",
      "minimum": 0
    },
    "position": {
      "type": "integer",
      "minimum": 1
    },
    "ratio": {
      "type": "number",
      "minimum": 0,
      "maximum": 1
    },
    "score": {
      "type": "number",
      "minimum": 0,
      "maximum": 100
    },
    "severity": {
      "type": "string",
      "enum": [
        "error",
        "warning",
        "info"
      ]
    },
    "matchMode": {
      "type": "string",
      "enum": [
        "exact",
        "forms",
        "sentence"
      ]
    },
    "ruleId": {
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
    },
    "file": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "path",
        "format",
        "status",
        "title",
        "metaDescription",
        "slug",
        "language",
        "languageSource",
        "stats",
        "score",
        "coverage",
        "keywords",
        "headings",
        "sections",
        "findings"
      ],
      "properties": {
        "path": {
          "type": "string",
          "minLength": 1
        },
        "format": {
          "enum": [
            "markdown",
            "html",
            null
          ]
        },
        "status": {
          "type": "string",
          "enum": [
            "passed",
            "failed",
            "error",
            "skipped"
          ]
        },
        "error": {
          "type": "string",
          "minLength": 1
        },
        "skipReason": {
          "description": "Why a skipped page is not audited by default (SPEC §5); only when status is \"skipped\".",
          "enum": [
            "draft",
            "partial",
            "redirect",
            "noindex"
          ]
        },
        "errorPosition": {
          "$ref": "#/definitions/errorPosition"
        },
        "title": {
          "type": [
            "string",
            "null"
          ]
        },
        "metaDescription": {
          "type": [
            "string",
            "null"
          ]
        },
        "slug": {
          "type": [
            "string",
            "null"
          ]
        },
        "language": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        },
        "languageSource": {
          "enum": [
            "config",
            "front-matter",
            "html",
            "path",
            "keyword-set",
            "detected",
            "default",
            null
          ]
        },
        "stats": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "words",
            "sentences",
            "paragraphs",
            "headings"
          ],
          "properties": {
            "words": {
              "$ref": "#/definitions/count"
            },
            "sentences": {
              "$ref": "#/definitions/count"
            },
            "paragraphs": {
              "$ref": "#/definitions/count"
            },
            "headings": {
              "$ref": "#/definitions/count"
            }
          }
        },
        "score": {
          "$ref": "#/definitions/score"
        },
        "coverage": {
          "description": "Null where no keyword set applies (shown n/a, never 100 %) and for errored files.",
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": false,
          "required": [
            "ratio",
            "covered",
            "total",
            "groups"
          ],
          "properties": {
            "ratio": {
              "$ref": "#/definitions/ratio"
            },
            "covered": {
              "$ref": "#/definitions/count"
            },
            "total": {
              "$ref": "#/definitions/count"
            },
            "groups": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/coverageGroup"
              }
            }
          }
        },
        "keywords": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/keyword"
          }
        },
        "headings": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/heading"
          }
        },
        "sections": {
          "$ref": "#/definitions/sectionMatrix"
        },
        "findings": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/finding"
          }
        }
      },
      "if": {
        "type": "object",
        "properties": {
          "status": {
            "const": "error"
          }
        }
      },
      "then": {
        "type": "object",
        "properties": {
          "error": {
            "type": "string"
          }
        },
        "required": [
          "error"
        ]
      },
      "else": {
        "type": "object",
        "not": {
          "type": "object",
          "properties": {
            "error": {
              "type": "string"
            }
          },
          "required": [
            "error"
          ]
        }
      }
    },
    "coverageGroup": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "ratio",
        "covered",
        "total"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "ratio": {
          "$ref": "#/definitions/ratio"
        },
        "covered": {
          "$ref": "#/definitions/count"
        },
        "total": {
          "$ref": "#/definitions/count"
        }
      }
    },
    "keyword": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "phrase",
        "group",
        "primary",
        "match",
        "count",
        "counts",
        "density",
        "found",
        "placements",
        "occurrences"
      ],
      "properties": {
        "phrase": {
          "type": "string",
          "minLength": 1
        },
        "group": {
          "type": [
            "string",
            "null"
          ]
        },
        "primary": {
          "type": "boolean"
        },
        "match": {
          "$ref": "#/definitions/matchMode"
        },
        "count": {
          "$ref": "#/definitions/count"
        },
        "counts": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "exact",
            "forms",
            "sentence"
          ],
          "properties": {
            "exact": {
              "$ref": "#/definitions/count"
            },
            "forms": {
              "$ref": "#/definitions/count"
            },
            "sentence": {
              "$ref": "#/definitions/count"
            }
          }
        },
        "density": {
          "description": "count / words × 100.",
          "type": "number",
          "minimum": 0
        },
        "found": {
          "type": "boolean"
        },
        "placements": {
          "$ref": "#/definitions/placements"
        },
        "occurrences": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "line",
              "column",
              "text",
              "mode"
            ],
            "properties": {
              "line": {
                "$ref": "#/definitions/position"
              },
              "column": {
                "$ref": "#/definitions/position"
              },
              "text": {
                "type": "string"
              },
              "mode": {
                "$ref": "#/definitions/matchMode"
              }
            }
          }
        }
      }
    },
    "placements": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title",
        "metaDescription",
        "h1",
        "subheadings",
        "intro",
        "slug",
        "imageAlt",
        "section"
      ],
      "properties": {
        "title": {
          "type": "boolean"
        },
        "metaDescription": {
          "type": "boolean"
        },
        "h1": {
          "type": "boolean"
        },
        "subheadings": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "with",
            "of"
          ],
          "properties": {
            "with": {
              "$ref": "#/definitions/count"
            },
            "of": {
              "$ref": "#/definitions/count"
            }
          }
        },
        "intro": {
          "type": "boolean"
        },
        "slug": {
          "type": "boolean"
        },
        "imageAlt": {
          "type": "boolean"
        },
        "section": {
          "description": "Found inside the group's section; null when the group names no section or the article has none.",
          "type": [
            "boolean",
            "null"
          ]
        }
      }
    },
    "heading": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "level",
        "text",
        "line",
        "words"
      ],
      "properties": {
        "level": {
          "type": "integer",
          "minimum": 1,
          "maximum": 6
        },
        "text": {
          "type": "string"
        },
        "line": {
          "$ref": "#/definitions/position"
        },
        "words": {
          "$ref": "#/definitions/count"
        },
        "source": {
          "description": "\"front-matter\" for the page H1 that the layout prints from the front-matter title (titleAsH1).",
          "const": "front-matter"
        }
      }
    },
    "sectionMatrix": {
      "description": "Own-mode keyword counts per section (rows, document order) and keyword group (columns).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "groups",
        "sections"
      ],
      "properties": {
        "groups": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "sections": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "heading",
              "level",
              "line",
              "counts"
            ],
            "properties": {
              "heading": {
                "description": "null for text before the first heading.",
                "type": [
                  "string",
                  "null"
                ]
              },
              "level": {
                "type": "integer",
                "minimum": 0,
                "maximum": 6
              },
              "line": {
                "$ref": "#/definitions/position"
              },
              "counts": {
                "type": "array",
                "items": {
                  "$ref": "#/definitions/count"
                }
              }
            }
          }
        }
      }
    },
    "finding": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "ruleId",
        "severity",
        "message",
        "line",
        "column",
        "fingerprint"
      ],
      "properties": {
        "ruleId": {
          "$ref": "#/definitions/ruleId"
        },
        "severity": {
          "$ref": "#/definitions/severity"
        },
        "message": {
          "type": "string",
          "minLength": 1
        },
        "line": {
          "$ref": "#/definitions/position"
        },
        "column": {
          "$ref": "#/definitions/position"
        },
        "fingerprint": {
          "$ref": "#/definitions/fingerprint"
        }
      }
    },
    "fingerprint": {
      "description": "Stable hash of the rule, the path and what the finding is about (not its line): 32 hex digits.",
      "type": "string",
      "pattern": "^[0-9a-f]{32}$"
    },
    "crossFileFinding": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "ruleId",
        "severity",
        "message",
        "files",
        "fingerprint",
        "locations"
      ],
      "properties": {
        "ruleId": {
          "$ref": "#/definitions/ruleId"
        },
        "severity": {
          "$ref": "#/definitions/severity"
        },
        "message": {
          "type": "string",
          "minLength": 1
        },
        "files": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "fingerprint": {
          "$ref": "#/definitions/fingerprint"
        },
        "locations": {
          "description": "Where the finding sits in each file, in `files` order.",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "path",
              "line",
              "column"
            ],
            "properties": {
              "path": {
                "type": "string",
                "minLength": 1
              },
              "line": {
                "$ref": "#/definitions/position"
              },
              "column": {
                "$ref": "#/definitions/position"
              }
            }
          }
        }
      }
    },
    "rule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "description",
        "defaultSeverity"
      ],
      "properties": {
        "id": {
          "$ref": "#/definitions/ruleId"
        },
        "description": {
          "type": "string"
        },
        "defaultSeverity": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        }
      }
    },
    "errorPosition": {
      "description": "Where in an errored file the problem is, when known (only beside error).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "line",
        "column"
      ],
      "properties": {
        "line": {
          "$ref": "#/definitions/position"
        },
        "column": {
          "anyOf": [
            {
              "$ref": "#/definitions/position"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    }
  }
};
