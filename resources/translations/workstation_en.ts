<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertsButton</name>
    <message numerus="yes">
        <source>⚠ %n alert(s)</source>
        <translation>
            <numerusform>⚠ %n alert</numerusform>
            <numerusform>⚠ %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch rules matched %n new item(s)</source>
        <translation>
            <numerusform>Watch rules matched %n new item</numerusform>
            <numerusform>Watch rules matched %n new items</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>New briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIntakeDialog</name>
    <message>
        <source>Bulk intake of addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste addresses, one per line (defanged is fine), or open a CSV or text file. Duplicates are reported, not recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded as violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste some addresses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a violation type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) recorded</source>
        <translation>
            <numerusform>%n violation recorded</numerusform>
            <numerusform>%n violations recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) not recorded again</source>
        <translation>
            <numerusform>%n duplicate not recorded again</numerusform>
            <numerusform>%n duplicates not recorded again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not usable</source>
        <translation>
            <numerusform>%n line not usable</numerusform>
            <numerusform>%n lines not usable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturesView</name>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Final address (defanged)</source>
        <translation>Final address (defanged)</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>WARC SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>Suggests</translation>
    </message>
    <message>
        <source>Capture pending (no network): %1</source>
        <translation>Capture pending (no network): %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>TAMPERED</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>still online</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>unclear</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Select a case in the list to see it here, or open a new one with “New case…” (Ctrl+Shift+N) from items selected in the Items tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refutation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach items selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach selected copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished">Similarity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished">Captured</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished">Intact</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the case now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resonant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First official response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resonant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resonant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation type="unfinished">TAMPERED</translation>
    </message>
    <message>
        <source>Not a fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a fake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appearance (copy of the fake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New fake case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The false claim in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative or resonant topic: start the golden-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) will be attached as evidence.</source>
        <translation>
            <numerusform>%n selected item will be attached as evidence.</numerusform>
            <numerusform>%n selected items will be attached as evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item&apos;s role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First official response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a fake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fake case from selected items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Stopfake.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image, at the size it has in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close as unfounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a violation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Platform directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains (separated by spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices for addresses on these domains go to the platform&apos;s legal representative by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) saved.</source>
        <translation>
            <numerusform>%n platform saved.</numerusform>
            <numerusform>%n platforms saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreValue</name>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media plan event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radar story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radar alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{0} d {1} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} left · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary for the chosen period, in Kazakh, Russian or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefings and media plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report in this period: no case, violation, notice, refutation or briefing.</source>
        <translation>Nothing to report in this period: no case, violation, notice, refutation or briefing.</translation>
    </message>
    <message>
        <source>The nearest period with data: {0} – {1}.</source>
        <translation>The nearest period with data: {0} – {1}.</translation>
    </message>
    <message>
        <source>Show {0} – {1}</source>
        <translation>Show {0} – {1}</translation>
    </message>
    <message>
        <source>compared with {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF summary saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF summary was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesDock</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to access restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has passed and the material is still online: request access restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal deadlines passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) are already overdue</source>
        <translation>
            <numerusform>%n notice is already overdue</numerusform>
            <numerusform>%n notices are already overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removal notice(s) overdue: see Deadlines</source>
        <translation>
            <numerusform>%n removal notice overdue: see Deadlines</numerusform>
            <numerusform>%n removal notices overdue: see Deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>No removal notice is waiting for its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline counted from receipt at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline counted from sending: receipt not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>still online</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>unclear</translation>
    </message>
    <message>
        <source>Last check {0}: {1}, suggests {2}</source>
        <translation>Last check {0}: {1}, suggests {2}</translation>
    </message>
    <message>
        <source>Removal deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed removed: {0}. Consider access restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal deadline passed: {0} (notice to {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Fakes refuted in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Access restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice whose deadline passed without removal</source>
        <translation>A notice whose deadline passed without removal</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Court order</translation>
    </message>
    <message>
        <source>Order of an authorised body</source>
        <translation>Order of an authorised body</translation>
    </message>
    <message>
        <source>Leave empty if the order has not been issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched {0} sources: {1} new items, {2} failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: words, &quot;phrase&quot;, prefix*, AND OR NOT, title:…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and keyboard layout do not matter: утыс finds ұтыс.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsReindex</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop filling in word forms; it goes on at the next start</source>
        <translation>Stop filling in word forms; it goes on at the next start</translation>
    </message>
    <message>
        <source>Updating the search index for word forms…</source>
        <translation>Updating the search index for word forms…</translation>
    </message>
    <message>
        <source>Compacting item bodies and the search index: {0} of {1} items (reading and search work meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting stopped; {0} items left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacted {0} items; new items reuse the space freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index for word forms: {0} of {1} items (search finds exact words until it is done)</source>
        <translation>Updating the search index for word forms: {0} of {1} items (search finds exact words until it is done)</translation>
    </message>
    <message>
        <source>Search index update stopped; {0} items left</source>
        <translation>Search index update stopped; {0} items left</translation>
    </message>
    <message>
        <source>Search index updated: word forms for {0} items</source>
        <translation>Search index updated: word forms for {0} items</translation>
    </message>
</context>
<context>
    <name>GoldenHourDock</name>
    <message>
        <source>Golden hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resonant case(s) are past their golden hour</source>
        <translation>
            <numerusform>%n resonant case is past its golden hour</numerusform>
            <numerusform>%n resonant cases are past their golden hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Golden hour is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official response yet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golden hour is over with no official response: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resonant case is waiting for a response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineView</name>
    <message>
        <source>Previous period: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resonant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First official response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Outcome</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s address or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Larger text in the item view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text in the item view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default text size in the item view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date in the source; first fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defanged; click to open deliberately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web links (http, https) open from the workstation. This one is {0} and was not opened:

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link in browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link may lead to a phishing or fraudulent page.

The browser would go to: {0}

Full address: {1}

Open it in the system browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsActions</name>
    <message>
        <source>Fetch all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read / unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star / unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all in list read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link in browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import saved files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source gave no date: this is when the item was first fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>No item matches «{0}».</source>
        <translation>No item matches «{0}».</translation>
    </message>
    <message>
        <source>No item matches the chosen filters.</source>
        <translation>No item matches the chosen filters.</translation>
    </message>
    <message>
        <source>Words that start with these: {0}</source>
        <translation>Words that start with these: {0}</translation>
    </message>
    <message>
        <source>Typed in the other keyboard layout? {0}</source>
        <translation>Typed in the other keyboard layout? {0}</translation>
    </message>
    <message>
        <source>Search without the filters ({0}): {1}</source>
        <translation>Search without the filters ({0}): {1}</translation>
    </message>
    <message>
        <source>remove the filters</source>
        <translation>remove the filters</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only (its file or folder cannot be written, or the program was started with --read-only): viewing, search and reports work; changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift access restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media Monitoring Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Send a removal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notice goes to each platform or website, listing its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal representative from the platform directory, or type the resource&apos;s administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address or e-mail, as the letter gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the addresses defanged (on screen only: the letter keeps them exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s address or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the notice as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>issuing body (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient&apos;s address or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address for the confirmation of removal (Settings: Contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory&apos;s position (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory&apos;s name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor (Settings: Author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor&apos;s phone (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending, fill in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the notice is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeLanguage</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Notice outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Editable letter (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the change against the period of the same length just before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEventDialog</name>
    <message>
        <source>New media plan event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected media plan event done, moved or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns: date, state_body, speakers, topics, url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns: planned_date, state_body, topic, channel, status (planned, done, moved, cancelled), done_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media plan event added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media plan event marked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import media plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n row imported</numerusform>
            <numerusform>%n rows imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarDock</name>
    <message>
        <source>Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show refutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a resonant case for this story, detected at the time of the spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more alerts for this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more alerts from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: remove the alert from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) spreading faster than usual</source>
        <translation>
            <numerusform>%n story spreading faster than usual</numerusform>
            <numerusform>%n stories spreading faster than usual</numerusform>
        </translation>
    </message>
    <message>
        <source>Story spreading fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the last hour, normally {0}</source>
        <translation>
            <numerusform>%n in the last hour, normally {0}</numerusform>
            <numerusform>%n in the last hour, normally {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in an hour at {1}, normally {0}</source>
        <translation>
            <numerusform>%n in an hour at {1}, normally {0}</numerusform>
            <numerusform>%n in an hour at {1}, normally {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s): {0}</source>
        <translation>
            <numerusform>%n source: {0}</numerusform>
            <numerusform>%n sources: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuted claim: the refutation is ready to publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resonant case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuted in the case: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story is spreading faster than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resonant case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open resonant case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resonant case opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story muted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source muted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record an official response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Watch rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5G OR вышка*, розыгрыш OR &quot;ұтыс ойыны&quot;, фишинг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an alert for each new match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tag matching items already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test on stored items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored item(s) match this rule.</source>
        <translation>
            <numerusform>%n stored item matches this rule.</numerusform>
            <numerusform>%n stored items match this rule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on every tag and decision you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy (e.g. http://proxy.local:3128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for sources due to fetch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each source is fetched when its own interval has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources fetched at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day boundaries, months and shown times of this workspace&apos;s figures use this zone, with its historical offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorised body that sends removal notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seq}: the register&apos;s number within the year; {year}: the year. For example 04-2/{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices ask the recipient to confirm removal to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace (shared by everyone who opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body of notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Remove the source &quot;{0}&quot;?

Items you starred, tagged or used in a case are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import saved feeds and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds and pages (*.xml *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} sources; {1} already present; {2} held disabled (local addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed or site address, t.me/channel, @channel, YouTube channel, file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS/Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website page (selectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the feed&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS selectors for a website page without a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the source once now and list the items it would add, without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the source&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source answered, but it has no items to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The source gives %n item(s); the first ones:</source>
        <translation>
            <numerusform>The source gives %n item; the first ones:</numerusform>
            <numerusform>The source gives %n items; the first ones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source gives %n item(s):</source>
        <translation>
            <numerusform>The source gives %n item:</numerusform>
            <numerusform>The source gives %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from removed sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} items, {1} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with repairs, items past the damage may be missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled until you enable it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your workspace is empty. Open the demo workspace (a few hundred example items in Kazakh and Russian, no network needed) to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was restored from {0}. The previous file is kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the team workspace {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Restore the newest backup ({1})? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <source>phishing and fraud: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefings by state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices per platform representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakes by source category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) renamed.</source>
        <translation>
            <numerusform>%n tag renamed.</numerusform>
            <numerusform>%n tags renamed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Fake category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationDetail</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page captures</source>
        <translation>Page captures</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a violation to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the platform directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>TAMPERED</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Record a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hxxps://example[.]com/page — a defanged address is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank, ministry or company the page imitates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record violations from selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s): each item&apos;s address becomes a violation and its content is kept as evidence.</source>
        <translation>
            <numerusform>%n selected item: its address becomes a violation and its content is kept as evidence.</numerusform>
            <numerusform>%n selected items: each item&apos;s address becomes a violation and its content is kept as evidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationHistory</name>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restriction ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice receipt recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationStatus</name>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restriction requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <source>Address (defanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationsTab</name>
    <message>
        <source>Open violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add violation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations from selected items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notice outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to access restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as unfounded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a violation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation recorded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select items in the Items tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) recorded from items</source>
        <translation>
            <numerusform>%n violation recorded from items</numerusform>
            <numerusform>%n violations recorded from items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not recorded</source>
        <translation>
            <numerusform>%n item not recorded</numerusform>
            <numerusform>%n items not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk intake: %n violation(s) recorded</source>
        <translation>
            <numerusform>Bulk intake: %n violation recorded</numerusform>
            <numerusform>Bulk intake: %n violations recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) captured</source>
        <translation>
            <numerusform>%n page captured</numerusform>
            <numerusform>%n pages captured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) pending until the network is back</source>
        <translation>
            <numerusform>%n capture pending until the network is back</numerusform>
            <numerusform>%n captures pending until the network is back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not captured</source>
        <translation>
            <numerusform>%n page not captured</numerusform>
            <numerusform>%n pages not captured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n page(s)…</source>
        <translation>
            <numerusform>Capturing %n page…</numerusform>
            <numerusform>Capturing %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice sent to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) sent</source>
        <translation>
            <numerusform>%n notice sent</numerusform>
            <numerusform>%n notices sent</numerusform>
        </translation>
    </message>
    <message>
        <source>This violation has no notice awaiting its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice outcome recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restriction: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access restriction lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation closed as unfounded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Watch rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Use “Open workspace…” to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the team workspace, as the administrator gave it:
postgresql://USER@SERVER:5432/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a team workspace address (postgresql://USER@SERVER:PORT/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for when needed and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Back up the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle for headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the workspace. The first: {0}</source>
        <translation>
            <numerusform>%n problem found in the workspace. The first: {0}</numerusform>
            <numerusform>%n problems found in the workspace. The first: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is whole: its storage, the protective triggers, the audit log&apos;s chain, every evidence seal and page capture, every stored text and time check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged ({0}) and there is no backup to restore. Copy the file somewhere safe before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged ({0}).

Restore the newest backup ({1})? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace backups (*.wsbk *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace with this backup? The current workspace is kept beside it, and the window reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace bundles (*.mmwb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: {0} cases, {1} violations; signed with key {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace bundles (*.mmwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is signed by a key this workspace does not trust yet:

{0}
fingerprint {1}

Compare the fingerprint with the sender (by phone, for instance) before going on. Trust this key and import the bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {0}.

{1} records added, {2} already present, {3} changes applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} edits conflict with changes made here and were kept for an analyst (workstation bundle conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sources point to this computer or a private network and were added disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is locked by another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} was written by a newer version of the workstation (schema {found} &gt; {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {what} with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {path} is full: nothing more could be stored; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace {path} is open read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace {path} is read-only and needs an upgrade (schema {found} to {known}), which cannot be done read-only: copy it to a writable folder and open it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace {path} is read-only and its last changes are still in {journal}, which cannot be read without writing: open it once from a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored text of item {id} cannot be read ({reason}): another program changed it; restore the workspace from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the team workspace {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not make this change in the team workspace ({reason}); ask a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace {url} is not ready (schema {found} of {known}): the administrator runs `workstation db init-team` on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace cannot run this: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role {role}: use one of {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable user name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {id} was changed by {by} at {at} since you opened it: reload it to see their change, then make yours again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this works on a team workspace (postgresql://...) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace {url} lives on its server and is backed up there (pg_dump, by the server&apos;s administrator); this command works on a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search query is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phrase is missing its closing quote (&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parentheses in the query do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{op} needs a search term on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT needs a term before it, for example: банк NOT кредит</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty parentheses in the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search query is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query nests brackets or fields more than {limit} deep; write it flatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable address: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source kind {kind}: use rss, site, telegram, youtube or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this source is already in the workspace (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site source needs at least an item selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held: it reads a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held: it is not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held: it names this computer or a local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held: its address is this computer or a private network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection after {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure connection failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than {limit_mib} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a body it could not decode ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting until {until} after {count} failures in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a feed: HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a feed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the document uses XML entity tricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items found with the selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CSS selector {selector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid OPML file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OPML file nests outlines more than {limit} deep; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML outline {number} &quot;{title}&quot; ({address}): {reason}; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag called {tag}: see `tags list`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag kind {kind}: use fake_category, violation_type, topic or custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag called {tag} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch rule called {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch rule needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} is not a fake category: see `tags list --kind fake_category`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status {status}: use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case that is {old} cannot become {new}; it can become: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissing a case needs a reason (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case is refuted by recording its refutation (refutations add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item role {role}: use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one story or one source (--story ID or --source ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel {channel}: use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown response kind {kind}: use refutation or statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case was dismissed as not a fake: reopen it before recording a refutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} is not a violation type: see `tags list --kind violation_type`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this address is already recorded as violation {id}: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a violation that is {old} cannot become {new}; it can become: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a violation as unfounded needs a reason (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of addresses needs the violations&apos; type (--type); a register CSV with a url column and per-row columns does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the page led to a local file, loopback or private address ({url})</source>
        <translation>refused: the page led to a local file, loopback or private address ({url})</translation>
    </message>
    <message>
        <source>violation {id} has no capture yet: capture its page first (`violations capture {id}`)</source>
        <translation>violation {id} has no capture yet: capture its page first (`violations capture {id}`)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file</source>
        <translation>{path} already exists; choose another file</translation>
    </message>
    <message>
        <source>unknown method {method}: use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice {id} is already resolved ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome cannot be earlier than the notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notice cannot be received before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notice lists at least one violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice was not recorded as sent: it lacks {fields}. Fill them in (workspace settings, the platform directory or the addressee&apos;s address) and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation {violation} is not listed in notice {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice {id} has no address awaiting its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice {id} is still within its deadline ({deadline}); escalate after it passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures were not computed: {record} holds in {field} {value}, which is not a time: another program changed it (db check shows the changes); restore the record from a backup, then ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown media plan status {status}: use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable workspace bundle: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was altered after export and was not imported ({count} problems; first: {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was not imported: {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match its manifest: it was altered after signing or forged; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was not written: {table} record {record} holds in {field} a value the workstation never writes ({kind}), as another program may leave; correct the record and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is signed by a key this workspace does not trust: {name}, fingerprint {fingerprint}; nothing was imported. Check the fingerprint with the sender, then trust it (keys trust FINGERPRINT) or import with --trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the key {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key fingerprint (64 hexadecimal digits) or a key or bundle file: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict {id} is already resolved (kept {resolution})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict {id}: their version cannot be kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation {id} has had no notice: restriction follows a notice whose deadline passed without removal, or an explicit order (--order-type court|authority --order REF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order type {order_type}: use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {order_type} order needs its reference (--order REF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such workspace setting: {name} (settings: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outgoing number format needs {{seq}} (the register&apos;s number within the year) and may use {{year}}, for example 04-2/{{seq}}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text index: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text index: {count} items are not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text index: {count} rows of items that no longer exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key broken: {table} row {row} -&gt; {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protective trigger {name} is missing (removed by another tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry {id}: the entry before it was removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry {id}: its content was changed after it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {id} ({url}, captured {at}): its content no longer matches its seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {id} (no address, captured {at}): its content no longer matches its seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture {id} of violation {violation} ({url}, captured {at}): its WARC, picture or record no longer matches its seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {id}: its stored text cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more items whose stored text cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} #{record}: {column} holds {value}, which is no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more times that are no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {uuid}: content does not match its seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: content does not match its SHA-256 in the signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item body of unknown format {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item body cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind}, not a packed body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a workspace backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written in backup format {format}, which this version cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete (cut short, perhaps by a full disk or an interrupted copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of page digests does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of page digests cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of page digests has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy changed while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match its checksum (a damaged or altered file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it builds on the earlier backup {base}, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it builds on an earlier backup {base} that has since been replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its chain of earlier backups loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: needs a term after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {query} for PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column filter needs &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not this workspace&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;opml&gt;&lt;body&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsKind {value} is not one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsCategory {value} is not one of {categories}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsInterval is not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsEncoding {value} is not a known character encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsSelectors is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsSelectors is not an object of CSS selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a flat JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row longer than {mib} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a UUID: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a key: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a SHA-256: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not be empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} should be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} should be integer, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} should be real, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a time: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} is neither in the bundle nor in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {value} is empty or appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid {uuid} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url {value} has no scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selectors are not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selectors are not a JSON object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url {value} is not a usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice {notice} lists violation {violation} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity {value} is not one the audit log records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: {value} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it starts: {last} is before {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a tag to add or to remove (--add TAG, --remove TAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
