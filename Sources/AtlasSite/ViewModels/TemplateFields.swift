/// How each view model appears to templates, written out instead of reflected.
///
/// `TemplateValues.convert` reads these in place of a `Mirror` per value (about ten times
/// faster). A test checks each against the reflected form, so a property added to a view model
/// and not listed here fails the build's tests instead of vanishing from pages.

extension TableCell: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "text": text,
            "url": url,
            "numeric": numeric,
        ])
    }
}

extension ChartTableRow: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "cells": cells.map(\.templateFields),
        ])
    }
}

extension ChartTable: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "caption": caption,
            "columns": columns.map(\.templateFields),
            "rows": rows.map(\.templateFields),
            "more": more,
        ])
    }
}

extension FigureView: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "svg": svg,
            "tables": tables.map(\.templateFields),
            "notes": notes,
            "csvURL": csvURL,
        ])
    }
}

extension ChartFigure: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "html": html,
            "csvPath": csvPath,
            "csv": csv,
            "shared": shared,
        ])
    }
}

extension SearchRecord: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "kind": kind,
            "kindLabel": kindLabel,
            "url": url,
            "summary": summary,
            "country": country,
            "organization": organization,
            "status": status,
            "tags": tags,
            "text": text,
        ])
    }
}

extension SearchPage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
            "records": records.map(\.templateFields),
            "kinds": kinds.map(\.templateFields),
            "countries": countries,
            "organizations": organizations,
            "statuses": statuses,
            "script": script,
        ])
    }
}

extension LinkItem: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "url": url,
            "note": note,
            "isLast": isLast,
        ])
    }
}

extension SiteChrome: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "home": home,
            "stylesheet": stylesheet,
            "chartStylesheet": chartStylesheet,
            "search": search,
            "nav": nav.map(\.templateFields),
        ])
    }
}

extension NavLink: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "url": url,
            "current": current,
        ])
    }
}

extension PageMeta: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "description": description,
            "canonical": canonical,
            "type": type,
            "feeds": feeds.map(\.templateFields),
            "breadcrumbs": breadcrumbs.map(\.templateFields),
            "showBreadcrumbs": showBreadcrumbs,
        ])
    }
}

extension CollectionGroup: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "items": items.map(\.templateFields),
        ])
    }
}

extension CollectionItem: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "url": url,
            "summary": summary,
        ])
    }
}

extension CollectionPage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
            "heading": heading,
            "intro": intro,
            "groups": groups.map(\.templateFields),
            "links": links.map(\.templateFields),
        ])
    }
}

extension DatasetLink: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "count": count,
            "json": json,
            "csv": csv,
        ])
    }
}

extension DataPage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
            "datasets": datasets.map(\.templateFields),
            "licence": licence,
            "citation": citation,
        ])
    }
}

extension FactValue: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "text": text,
            "url": url,
            "isLast": isLast,
        ])
    }
}

extension Fact: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "label": label,
            "values": values.map(\.templateFields),
        ])
    }
}

extension SourceItem: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "url": url,
            "publisher": publisher,
            "date": date,
        ])
    }
}

extension BacklinkGroup: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "title": title,
            "items": items.map(\.templateFields),
        ])
    }
}

extension EntityPage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
            "kindLabel": kindLabel,
            "kindURL": kindURL,
            "title": title,
            "summary": summary,
            "confidence": confidence,
            "lowConfidence": lowConfidence,
            "asOf": asOf,
            "facts": facts.map(\.templateFields),
            "panels": panels.map(\.templateFields),
            "charts": charts.map(\.templateFields),
            "members": members.map(\.templateFields),
            "body": body,
            "sources": sources.map(\.templateFields),
            "backlinkGroups": backlinkGroups.map(\.templateFields),
            "tags": tags.map(\.templateFields),
            "sourcePath": sourcePath,
            "citeText": citeText,
            "citeBibTeX": citeBibTeX,
        ])
    }
}

extension Stat: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "label": label,
            "value": value,
            "url": url,
        ])
    }
}

extension StatusSummary: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "label": label,
            "url": url,
            "count": count,
            "megawatts": megawatts,
        ])
    }
}

extension HomePage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
            "stats": stats.map(\.templateFields),
            "statuses": statuses.map(\.templateFields),
            "latestInvestments": latestInvestments.map(\.templateFields),
            "themes": themes.map(\.templateFields),
            "headline": headline.map(\.templateFields),
            "charts": charts.map(\.templateFields),
        ])
    }
}

extension NotFoundPage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
        ])
    }
}

extension Cell: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "text": text,
            "url": url,
            "numeric": numeric,
        ])
    }
}

extension Column: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "label": label,
            "numeric": numeric,
        ])
    }
}

extension Row: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "cells": cells.map(\.templateFields),
        ])
    }
}

extension ListPage: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "site": site.templateFields,
            "page": page.templateFields,
            "heading": heading,
            "intro": intro,
            "count": count,
            "columns": columns.map(\.templateFields),
            "rows": rows.map(\.templateFields),
            "charts": charts.map(\.templateFields),
        ])
    }
}

extension PanelRow: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "label": label,
            "value": value,
        ])
    }
}

extension AssumptionRow: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "name": name,
            "value": value,
            "source": source,
            "confidence": confidence,
        ])
    }
}

extension HowComputed: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "models": models,
            "inputs": inputs.map(\.templateFields),
            "assumptions": assumptions.map(\.templateFields),
        ])
    }
}

extension ModelPanel: TemplateFields {
    var templateFields: [String: Any] {
        TemplateValues.object([
            "id": id,
            "title": title,
            "lead": lead,
            "rows": rows.map(\.templateFields),
            "notes": notes,
            "how": how?.templateFields,
        ])
    }
}

