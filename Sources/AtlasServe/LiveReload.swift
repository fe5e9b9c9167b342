public import AtlasContent
internal import AtlasSite

/// The script and error overlay the preview server adds to pages; never written into `site/`.
enum LiveReload {
    /// Long-polls the server and reloads when the site's version changes.
    static func script(version: Int) -> String {
        """
        <script>/* atlas serve: live reload */(function(){var v=\(version);function poll(){fetch("\(PreviewRouter.reloadPath)?after="+v,{cache:"no-store"}).then(function(r){return r.json();}).then(function(d){if(d.version!==v){location.reload();}else{poll();}}).catch(function(){setTimeout(poll,1000);});}poll();})();</script>
        """
    }

    /// A fixed panel listing the errors of a failed build; empty when the build succeeded.
    static func overlay(for failure: [Diagnostic]) -> String {
        guard !failure.isEmpty else { return "" }
        let items = failure.prefix(50).map { "<li>" + escape($0.description) + "</li>" }.joined()
        let more = failure.count > 50 ? "<li>… and \(failure.count - 50) more</li>" : ""
        return """
        <div id="atlas-error-overlay" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:4px solid #ff5c5c"><strong>The last build failed; showing the last good site.</strong><ul style="margin:.5rem 0 0;padding-left:1.2rem">\(items)\(more)</ul></div>
        """
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
