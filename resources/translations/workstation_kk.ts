<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AlertsButton</name>
    <message numerus="yes">
        <source>⚠ %n alert(s)</source>
        <translation>
            <numerusform>⚠ %n хабарландыру</numerusform>
            <numerusform>⚠ %n хабарландыру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch rules matched %n new item(s)</source>
        <translation>
            <numerusform>Бақылау ережелері %n жаңа материал тапты</numerusform>
            <numerusform>Бақылау ережелері %n жаңа материал тапты</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Хабарландырулар</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>New briefing</source>
        <translation>Жаңа брифинг</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Өткізілген уақыты</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикерлер</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
</context>
<context>
    <name>BulkIntakeDialog</name>
    <message>
        <source>Bulk intake of addresses</source>
        <translation>Мекенжайларды топтап енгізу</translation>
    </message>
    <message>
        <source>Paste addresses, one per line (defanged is fine), or open a CSV or text file. Duplicates are reported, not recorded twice.</source>
        <translation>Мекенжайларды әр жолға біреуден қойыңыз (залалсыздандырылған түрде де болады) немесе CSV не мәтіндік файлды ашыңыз. Қайталанатындары көрсетіледі, бірақ қайта тіркелмейді.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Файлды ашу…</translation>
    </message>
    <message>
        <source>Record violations</source>
        <translation>Бұзушылықтарды тіркеу</translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation>Мекенжай (залалсыздандырылған)</translation>
    </message>
    <message>
        <source>Already recorded as violation</source>
        <translation>Бұрын тіркелген бұзушылық №</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>New violations</source>
        <translation>Жаңа бұзушылықтар</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Домендер бойынша</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Қайталанатындар</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Танылмағандар</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Бұзушылық түрі</translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation>Мекенжайлар тізімін ашу</translation>
    </message>
    <message>
        <source>Address lists (*.csv *.txt);;All files (*)</source>
        <translation>Мекенжайлар тізімдері (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation>Файлды оқу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>Paste some addresses first.</source>
        <translation>Алдымен мекенжайларды қойыңыз.</translation>
    </message>
    <message>
        <source>Choose a violation type.</source>
        <translation>Бұзушылық түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) recorded</source>
        <translation>
            <numerusform>%n бұзушылық тіркелді</numerusform>
            <numerusform>%n бұзушылық тіркелді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) not recorded again</source>
        <translation>
            <numerusform>%n қайталанатын мекенжай қайта тіркелмеді</numerusform>
            <numerusform>%n қайталанатын мекенжай қайта тіркелмеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not usable</source>
        <translation>
            <numerusform>%n жол танылмады</numerusform>
            <numerusform>%n жол танылмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n домен</numerusform>
            <numerusform>%n домен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturesView</name>
    <message>
        <source>Captured</source>
        <translation>Түсірілді</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Final address (defanged)</source>
        <translation>Соңғы мекенжай (қауіпсіз түрде)</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>WARC SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Бүтін</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Capture pending (no network): %1</source>
        <translation>Түсіру күтуде (желі жоқ): %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ӨЗГЕРТІЛГЕН</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>әлі желіде</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>анық емес</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Select a case in the list to see it here, or open a new one with “New case…” (Ctrl+Shift+N) from items selected in the Items tab.</source>
        <translation>Істі осында көру үшін оны тізімнен таңдаңыз немесе «Жаңа іс…» (Ctrl+Shift+N) арқылы «Материалдар» қойындысында таңдалған материалдардан жаңасын ашыңыз.</translation>
    </message>
    <message>
        <source>Record refutation…</source>
        <translation>Теріске шығаруды тіркеу…</translation>
    </message>
    <message>
        <source>Attach items selected in the list</source>
        <translation>Тізімде таңдалған материалдарды қосу</translation>
    </message>
    <message>
        <source>Attach selected copies</source>
        <translation>Таңдалған көшірмелерді қосу</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation>Ұқсас материалдар</translation>
    </message>
    <message>
        <source>Refutations</source>
        <translation>Теріске шығарулар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Жариялаған</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Тұтастығы</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Басқа біреу өзгертті</translation>
    </message>
    <message>
        <source>Reload the case now?</source>
        <translation>Істі қазір қайта жүктеу керек пе?</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(санатсыз)</translation>
    </message>
    <message>
        <source>resonant</source>
        <translation>жағымсыз немесе резонансты тақырып</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>First official response</source>
        <translation>Алғашқы ресми ден қою</translation>
    </message>
    <message>
        <source>Not resonant</source>
        <translation>Резонансты алып тастау</translation>
    </message>
    <message>
        <source>Mark resonant</source>
        <translation>Резонансты деп белгілеу</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ӨЗГЕРТІЛГЕН</translation>
    </message>
    <message>
        <source>Not a fake</source>
        <translation>Фейк емес</translation>
    </message>
    <message>
        <source>Why is this not a fake?</source>
        <translation>Неге бұл фейк емес?</translation>
    </message>
    <message>
        <source>appearance (copy of the fake)</source>
        <translation>таралуы (фейктің көшірмесі)</translation>
    </message>
    <message>
        <source>refutation</source>
        <translation>теріске шығару</translation>
    </message>
    <message>
        <source>context</source>
        <translation>контекст</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New fake case</source>
        <translation>Жаңа фейк ісі</translation>
    </message>
    <message>
        <source>The false claim in one or two sentences</source>
        <translation>Жалған тұжырым бір-екі сөйлеммен</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Negative or resonant topic: start the golden-hour clock</source>
        <translation>Жағымсыз немесе резонансты тақырып: «алтын сағат» санауын бастау</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) will be attached as evidence.</source>
        <translation>
            <numerusform>Таңдалған %n материал дәлел ретінде қосылады.</numerusform>
            <numerusform>Таңдалған %n материал дәлел ретінде қосылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>Case opened</source>
        <translation>Іс ашылды</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Мәртебесі өзгерді</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Item attached</source>
        <translation>Материал тіркелді</translation>
    </message>
    <message>
        <source>Item&apos;s role changed</source>
        <translation>Материалдың рөлі өзгерді</translation>
    </message>
    <message>
        <source>Refutation recorded</source>
        <translation>Теріске шығару тіркелді</translation>
    </message>
    <message>
        <source>Statement recorded</source>
        <translation>Мәлімдеме тіркелді</translation>
    </message>
    <message>
        <source>First official response</source>
        <translation>Алғашқы ресми ден қою</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Under verification</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <source>Confirmed fake</source>
        <translation>Фейк расталды</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Теріске шығарылды</translation>
    </message>
    <message>
        <source>Not a fake</source>
        <translation>Фейк емес</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Тексеруді бастау</translation>
    </message>
    <message>
        <source>Confirm fake</source>
        <translation>Фейкті растау</translation>
    </message>
    <message>
        <source>Mark refuted</source>
        <translation>Теріске шығарылды деп белгілеу</translation>
    </message>
    <message>
        <source>Not a fake…</source>
        <translation>Фейк емес…</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>Жаңаларға қайтару</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Open cases</source>
        <translation>Аяқталмаған істер</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Жаңа іс…</translation>
    </message>
    <message>
        <source>New fake case from selected items…</source>
        <translation>Таңдалған материалдардан жаңа фейк ісі…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Refutations</source>
        <translation>Теріске шығарулар</translation>
    </message>
    <message>
        <source>Case opened: {0}</source>
        <translation>Іс ашылды: {0}</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Stopfake.kz</source>
        <translation>Stopfake.kz</translation>
    </message>
    <message>
        <source>Official website</source>
        <translation>Ресми сайт</translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>Social network account</source>
        <translation>Әлеуметтік желідегі аккаунт</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Video project</source>
        <translation>Бейне жоба</translation>
    </message>
    <message>
        <source>Refutation</source>
        <translation>Теріске шығару</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Мәлімдеме</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>PNG ретінде экспорттау…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>SVG ретінде экспорттау…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>Save this chart as an image, at the size it has in the PDF</source>
        <translation>Диаграмманы PDF-тегі өлшемімен сурет ретінде сақтау</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close as unfounded</source>
        <translation>Негізсіз деп жабу</translation>
    </message>
    <message>
        <source>Why is this not a violation?</source>
        <translation>Неліктен бұл бұзушылық емес?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Platform directory</source>
        <translation>Платформалар анықтамалығы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Domains (separated by spaces)</source>
        <translation>Домендер (бос орын арқылы)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Add platform</source>
        <translation>Платформа қосу</translation>
    </message>
    <message>
        <source>Notices for addresses on these domains go to the platform&apos;s legal representative by default.</source>
        <translation>Осы домендердегі мекенжайлар бойынша хабарламалар әдепкі бойынша платформаның заңды өкіліне жіберіледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) saved.</source>
        <translation>
            <numerusform>%n платформа сақталды.</numerusform>
            <numerusform>%n платформа сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreValue</name>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>item</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>белгі</translation>
    </message>
    <message>
        <source>watch rule</source>
        <translation>бақылау ережесі</translation>
    </message>
    <message>
        <source>saved search</source>
        <translation>сақталған іздеу</translation>
    </message>
    <message>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <source>case item</source>
        <translation>іс материалы</translation>
    </message>
    <message>
        <source>refutation</source>
        <translation>теріске шығару</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>бұзушылық</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>хабарлама</translation>
    </message>
    <message>
        <source>access restriction</source>
        <translation>қолжетімділікті шектеу</translation>
    </message>
    <message>
        <source>page capture</source>
        <translation>бет көшірмесі</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <source>media plan event</source>
        <translation>медиа жоспардың іс-шарасы</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>брифинг</translation>
    </message>
    <message>
        <source>platform in the directory</source>
        <translation>анықтамалықтағы платформа</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>құқықтық негіз</translation>
    </message>
    <message>
        <source>radar story</source>
        <translation>радар сюжеті</translation>
    </message>
    <message>
        <source>radar alert</source>
        <translation>радар ескертуі</translation>
    </message>
    <message>
        <source>this workspace&apos;s version</source>
        <translation>осы жұмыс базасының нұсқасы</translation>
    </message>
    <message>
        <source>the bundle&apos;s version</source>
        <translation>пакеттегі нұсқа</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} күн {1} сағ</translation>
    </message>
    <message>
        <source>{0} left · {1}</source>
        <translation>{0} қалды · {1}</translation>
    </message>
    <message>
        <source>OVERDUE {0} · {1}</source>
        <translation>МЕРЗІМІ ӨТТІ {0} · {1}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Saved: {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>PDF жиынтығын экспорттау…</translation>
    </message>
    <message>
        <source>The summary for the chosen period, in Kazakh, Russian or English</source>
        <translation>Таңдалған кезеңнің жиынтығы қазақ, орыс немесе ағылшын тілінде</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Кестелер</translation>
    </message>
    <message>
        <source>Briefings and media plan</source>
        <translation>Брифингтер және медиа жоспар</translation>
    </message>
    <message>
        <source>Nothing to report in this period: no case, violation, notice, refutation or briefing.</source>
        <translation>Бұл кезеңде есеп беретін ештеңе жоқ: іс, бұзушылық, хабарлама, теріске шығару немесе брифинг жоқ.</translation>
    </message>
    <message>
        <source>The nearest period with data: {0} – {1}.</source>
        <translation>Деректері бар ең жақын кезең: {0} – {1}.</translation>
    </message>
    <message>
        <source>Show {0} – {1}</source>
        <translation>{0} – {1} кезеңін көрсету</translation>
    </message>
    <message>
        <source>compared with {0} – {1}</source>
        <translation>{0} – {1} кезеңімен салыстырғанда</translation>
    </message>
    <message>
        <source>Building the PDF summary…</source>
        <translation>PDF жиынтығы жасалуда…</translation>
    </message>
    <message>
        <source>PDF summary saved: {0}</source>
        <translation>PDF жиынтығы сақталды: {0}</translation>
    </message>
    <message>
        <source>The PDF summary was not saved: {0}</source>
        <translation>PDF жиынтығы сақталмады: {0}</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Кестені экспорттау</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV кестесі (*.csv)</translation>
    </message>
</context>
<context>
    <name>DeadlinesDock</name>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Escalate to access restriction…</source>
        <translation>Қолжетімділікті шектеуді сұрату…</translation>
    </message>
    <message>
        <source>The deadline has passed and the material is still online: request access restriction</source>
        <translation>Мерзім өтті, ал материал әлі қолжетімді: қолжетімділікті шектеуді сұраңыз</translation>
    </message>
    <message>
        <source>Removal deadlines passed</source>
        <translation>Жою мерзімдері өтті</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) are already overdue</source>
        <translation>
            <numerusform>%n хабарламаның мерзімі өтіп кеткен</numerusform>
            <numerusform>%n хабарламаның мерзімі өтіп кеткен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removal notice(s) overdue: see Deadlines</source>
        <translation>
            <numerusform>Жою туралы %n хабарламаның мерзімі өтті: «Мерзімдер» тізімін қараңыз</numerusform>
            <numerusform>Жою туралы %n хабарламаның мерзімі өтті: «Мерзімдер» тізімін қараңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>No removal notice is waiting for its deadline.</source>
        <translation>Мерзімін күтіп тұрған жою туралы хабарлама жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(тағы %n)</numerusform>
            <numerusform>(тағы %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline counted from receipt at {0}</source>
        <translation>Мерзім хабарлама алынған кезден ({0}) бастап есептеледі</translation>
    </message>
    <message>
        <source>Deadline counted from sending: receipt not yet confirmed</source>
        <translation>Мерзім жіберілген кезден бастап есептеледі: алынғаны әлі расталған жоқ</translation>
    </message>
    <message>
        <source>Notice to {0}</source>
        <translation>Хабарлама алушы: {0}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>әлі желіде</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>анық емес</translation>
    </message>
    <message>
        <source>Last check {0}: {1}, suggests {2}</source>
        <translation>Соңғы тексеру {0}: {1}, ұсыныс: {2}</translation>
    </message>
    <message>
        <source>Removal deadline passed</source>
        <translation>Жою мерзімі өтті</translation>
    </message>
    <message>
        <source>Not confirmed removed: {0}. Consider access restriction.</source>
        <translation>Жойылғаны расталмады: {0}. Қолжетімділікті шектеуді қарастырыңыз.</translation>
    </message>
    <message>
        <source>Removal deadline passed: {0} (notice to {1})</source>
        <translation>Жою мерзімі өтті: {0} (хабарлама алушы: {1})</translation>
    </message>
    <message>
        <source>Show violation</source>
        <translation>Бұзушылықты көрсету</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Fakes refuted in {0}</source>
        <translation>{0} айында теріске шығарылған фейктер</translation>
    </message>
    <message>
        <source>Violations: {0}</source>
        <translation>Бұзушылықтар: {0}</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Access restriction</source>
        <translation>Қолжетімділікті шектеу</translation>
    </message>
    <message>
        <source>A notice whose deadline passed without removal</source>
        <translation>Мерзімі өтіп, материал жойылмаған хабарлама</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Сот шешімі</translation>
    </message>
    <message>
        <source>Order of an authorised body</source>
        <translation>Уәкілетті органның нұсқамасы</translation>
    </message>
    <message>
        <source>Leave empty if the order has not been issued yet</source>
        <translation>Нұсқама әлі шықпаса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Нұсқама нөмірі</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Fetched {0} sources: {1} new items, {2} failed.</source>
        <translation>Жүктелген дереккөздер: {0}; жаңа материалдар: {1}; қатемен: {2}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: words, &quot;phrase&quot;, prefix*, AND OR NOT, title:…  (Ctrl+F)</source>
        <translation>Іздеу: сөздер, &quot;тіркес&quot;, түбір*, AND OR NOT, title:…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case and keyboard layout do not matter: утыс finds ұтыс.</source>
        <translation>Әріп өлшемі мен пернетақта маңызды емес: утыс сөзі ұтыс сөзін табады.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Жыл басынан</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Кезеңді таңдау</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Таңдаулы</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Іздеуді сақтау…</translation>
    </message>
</context>
<context>
    <name>FormsReindex</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop filling in word forms; it goes on at the next start</source>
        <translation>Сөз формаларын толтыруды тоқтату; келесі іске қосқанда жалғасады</translation>
    </message>
    <message>
        <source>Updating the search index for word forms…</source>
        <translation>Іздеу индексі сөз формалары үшін жаңартылуда…</translation>
    </message>
    <message>
        <source>Compacting item bodies and the search index: {0} of {1} items (reading and search work meanwhile)</source>
        <translation>Материал мәтіндері мен іздеу индексін сығу: {1} материалдың {0} (оқу мен іздеу жұмыс істейді)</translation>
    </message>
    <message>
        <source>Compacting stopped; {0} items left</source>
        <translation>Сығу тоқтатылды; {0} материал қалды</translation>
    </message>
    <message>
        <source>Compacted {0} items; new items reuse the space freed</source>
        <translation>{0} материал сығылды; босаған орынды жаңа материалдар алады</translation>
    </message>
    <message>
        <source>Updating the search index for word forms: {0} of {1} items (search finds exact words until it is done)</source>
        <translation>Іздеу индексі сөз формалары үшін жаңартылуда: {1} материалдың {0} (аяқталғанша іздеу сөздерді дәл түрінде табады)</translation>
    </message>
    <message>
        <source>Search index update stopped; {0} items left</source>
        <translation>Іздеу индексін жаңарту тоқтатылды; {0} материал қалды</translation>
    </message>
    <message>
        <source>Search index updated: word forms for {0} items</source>
        <translation>Іздеу индексі жаңартылды: {0} материалдың сөз формалары</translation>
    </message>
</context>
<context>
    <name>GoldenHourDock</name>
    <message>
        <source>Golden hour</source>
        <translation>Алтын сағат</translation>
    </message>
    <message numerus="yes">
        <source>%n resonant case(s) are past their golden hour</source>
        <translation>
            <numerusform>%n резонансты істің алтын сағаты өтіп кетті</numerusform>
            <numerusform>%n резонансты істің алтын сағаты өтіп кетті</numerusform>
        </translation>
    </message>
    <message>
        <source>Golden hour is over</source>
        <translation>«Алтын сағат» аяқталды</translation>
    </message>
    <message>
        <source>No official response yet: {0}</source>
        <translation>Ресми ден қою әлі жоқ: {0}</translation>
    </message>
    <message>
        <source>Golden hour is over with no official response: {0}</source>
        <translation>«Алтын сағат» ресми ден қоюсыз аяқталды: {0}</translation>
    </message>
    <message>
        <source>No resonant case is waiting for a response.</source>
        <translation>Ден қоюды күтіп тұрған резонансты іс жоқ.</translation>
    </message>
</context>
<context>
    <name>HeadlineView</name>
    <message>
        <source>Previous period: {0}</source>
        <translation>Алдыңғы кезең: {0}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Resonant</source>
        <translation>Резонансты</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>First official response</source>
        <translation>Алғашқы ресми ден қою</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation>Мерзімінде жойылды</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Нұсқама нөмірі</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Нұсқама түрі</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <source>Recipient&apos;s address or e-mail</source>
        <translation>Алушының мекенжайы немесе электрондық поштасы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Талдаушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Larger text in the item view</source>
        <translation>Материал мәтінін үлкейту</translation>
    </message>
    <message>
        <source>Smaller text in the item view</source>
        <translation>Материал мәтінін кішірейту</translation>
    </message>
    <message>
        <source>Default text size in the item view</source>
        <translation>Материал мәтінінің әдепкі өлшемі</translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation>Оқу үшін материалды таңдаңыз.</translation>
    </message>
    <message>
        <source>(no date in the source; first fetched)</source>
        <translation>(дереккөзде күні жоқ; алғаш жүктелген уақыты)</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation>(дереккөз жойылған)</translation>
    </message>
    <message>
        <source>defanged; click to open deliberately</source>
        <translation>сілтеме залалсыздандырылған; саналы түрде ашу үшін басыңыз</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>мекенжай емес</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Сілтеме ашылмады</translation>
    </message>
    <message>
        <source>Only web links (http, https) open from the workstation. This one is {0} and was not opened:

{1}</source>
        <translation>Жұмыс станциясынан тек веб-сілтемелер (http, https) ашылады. Бұл сілтеме — {0}, ол ашылмады:

{1}</translation>
    </message>
    <message>
        <source>Open link in browser?</source>
        <translation>Сілтемені браузерде ашу керек пе?</translation>
    </message>
    <message>
        <source>This link may lead to a phishing or fraudulent page.

The browser would go to: {0}

Full address: {1}

Open it in the system browser?</source>
        <translation>Бұл сілтеме фишингтік немесе алаяқтық бетке апаруы мүмкін.

Браузер мына хостқа өтеді: {0}

Толық мекенжай: {1}

Оны жүйелік браузерде ашу керек пе?</translation>
    </message>
</context>
<context>
    <name>ItemsActions</name>
    <message>
        <source>Fetch all sources</source>
        <translation>Барлық дереккөздерді жүктеу</translation>
    </message>
    <message>
        <source>Fetch selected source</source>
        <translation>Таңдалған дереккөзді жүктеу</translation>
    </message>
    <message>
        <source>Cancel fetching</source>
        <translation>Жүктеуді тоқтату</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Mark read / unread</source>
        <translation>Оқылды / оқылмады</translation>
    </message>
    <message>
        <source>Star / unstar</source>
        <translation>Таңдаулыға қосу / алып тастау</translation>
    </message>
    <message>
        <source>Mark all in list read</source>
        <translation>Бүкіл тізімді оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Келесі материал</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Алдыңғы материал</translation>
    </message>
    <message>
        <source>Open link in browser…</source>
        <translation>Сілтемені браузерде ашу…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Белгілеу…</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Дереккөз қосу…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Дереккөзді өзгерту…</translation>
    </message>
    <message>
        <source>Remove source…</source>
        <translation>Дереккөзді жою…</translation>
    </message>
    <message>
        <source>Import saved files…</source>
        <translation>Сақталған файлдарды импорттау…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML импорттау…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>OPML экспорттау…</translation>
    </message>
    <message>
        <source>Tag with</source>
        <translation>Белгілеу</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>The source gave no date: this is when the item was first fetched.</source>
        <translation>Дереккөз күнін көрсетпеген: бұл материалдың алғаш жүктелген уақыты.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(тақырыбы жоқ)</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation>(дереккөз жойылған)</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>No item matches «{0}».</source>
        <translation>«{0}» бойынша материал табылмады.</translation>
    </message>
    <message>
        <source>No item matches the chosen filters.</source>
        <translation>Таңдалған сүзгілерге сай материал жоқ.</translation>
    </message>
    <message>
        <source>Words that start with these: {0}</source>
        <translation>Осылай басталатын сөздер: {0}</translation>
    </message>
    <message>
        <source>Typed in the other keyboard layout? {0}</source>
        <translation>Басқа пернетақта тілінде терілді ме? {0}</translation>
    </message>
    <message>
        <source>Search without the filters ({0}): {1}</source>
        <translation>Сүзгілерсіз іздеу ({0}): {1}</translation>
    </message>
    <message>
        <source>remove the filters</source>
        <translation>сүзгілерді алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n материал көрсетілді</numerusform>
            <numerusform>%n материал көрсетілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материал</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Сақталмады: {0}</translation>
    </message>
    <message>
        <source>Tag removed: {0}</source>
        <translation>Белгі алынды: {0}</translation>
    </message>
    <message>
        <source>Tagged: {0}</source>
        <translation>Белгіленді: {0}</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Сақталған іздеудің атауы:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <source>This workspace is open read-only (its file or folder cannot be written, or the program was started with --read-only): viewing, search and reports work; changes are not saved.</source>
        <translation>Жұмыс базасы тек оқу үшін ашылды (оның файлына не қалтасына жазу мүмкін емес, немесе бағдарлама --read-only арқылы іске қосылды): қарау, іздеу және есептер жұмыс істейді, өзгерістер сақталмайды.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift access restriction</source>
        <translation>Қолжетімділікті шектеуді алу</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Lifted at</source>
        <translation>Алынған уақыты</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media Monitoring Workstation</source>
        <translation>БАҚ мониторингінің жұмыс орны</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демо жұмыс базасы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Материалдар</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Fake cases</source>
        <translation>Фейктер</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Send a removal notice</source>
        <translation>Жою туралы хабарлама жіберу</translation>
    </message>
    <message>
        <source>One notice goes to each platform or website, listing its addresses</source>
        <translation>Әр платформаға немесе сайтқа оның мекенжайлары тізілген бір хабарлама жіберіледі</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>A legal representative from the platform directory, or type the resource&apos;s administration</source>
        <translation>Платформалар анықтамалығындағы заңды өкіл немесе ресурс әкімшілігін жазыңыз</translation>
    </message>
    <message>
        <source>Postal address or e-mail, as the letter gives it</source>
        <translation>Пошта мекенжайы немесе электрондық пошта, хаттағыдай</translation>
    </message>
    <message>
        <source>Show the addresses defanged (on screen only: the letter keeps them exact)</source>
        <translation>Мекенжайларды залалсыздандырылған түрде көрсету (тек экранда: хатта олар дәл күйінде қалады)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Мәтінді көшіру</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Жіберілді деп тіркеу</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Recipient&apos;s address or e-mail</source>
        <translation>Алушының мекенжайы немесе электрондық поштасы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Хабарлама тілі</translation>
    </message>
    <message>
        <source>Text of the notice as it will be sent</source>
        <translation>Хабарламаның жіберілетін мәтіні</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n мекенжай</numerusform>
            <numerusform>%n мекенжай</numerusform>
        </translation>
    </message>
    <message>
        <source>issuing body (Settings)</source>
        <translation>хабарламаны жіберетін орган (Баптаулар)</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>алушы</translation>
    </message>
    <message>
        <source>recipient&apos;s address or e-mail</source>
        <translation>алушының мекенжайы немесе электрондық поштасы</translation>
    </message>
    <message>
        <source>type of violation</source>
        <translation>бұзушылық түрі</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>құқықтық негіз</translation>
    </message>
    <message>
        <source>address for the confirmation of removal (Settings: Contact)</source>
        <translation>жойылғанын растауға арналған мекенжай (Баптаулар: Байланыс)</translation>
    </message>
    <message>
        <source>signatory&apos;s position (Settings)</source>
        <translation>қол қоюшының лауазымы (Баптаулар)</translation>
    </message>
    <message>
        <source>signatory&apos;s name (Settings)</source>
        <translation>қол қоюшының аты-жөні (Баптаулар)</translation>
    </message>
    <message>
        <source>executor (Settings: Author)</source>
        <translation>орындаушы (Баптаулар: Орындаушы)</translation>
    </message>
    <message>
        <source>executor&apos;s phone (Settings)</source>
        <translation>орындаушының телефоны (Баптаулар)</translation>
    </message>
    <message>
        <source>Before sending, fill in: {0}</source>
        <translation>Жібермес бұрын толтырыңыз: {0}</translation>
    </message>
    <message>
        <source>The text of the notice is on the clipboard.</source>
        <translation>Хабарлама мәтіні алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Хабарламаны PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <source>The PDF was not saved: {0}</source>
        <translation>PDF сақталмады: {0}</translation>
    </message>
    <message>
        <source>Choose or type the recipient.</source>
        <translation>Алушыны таңдаңыз немесе жазыңыз.</translation>
    </message>
</context>
<context>
    <name>NoticeLanguage</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Platform&apos;s web form</source>
        <translation>Платформаның веб-формасы</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Awaiting removal</source>
        <translation>Жойылуы күтілуде</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Жойылмады</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Notice outcome</source>
        <translation>Хабарлама нәтижесі</translation>
    </message>
    <message>
        <source>The material was removed</source>
        <translation>Материал жойылды</translation>
    </message>
    <message>
        <source>The material was not removed</source>
        <translation>Материал жойылмады</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Хабарлама алушы</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Тексерілген уақыты</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export PDF summary</source>
        <translation>PDF жиынтығын экспорттау</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Жиынтық тілі</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Editable letter (*.docx)</source>
        <translation>PDF құжаты (*.pdf);;Өңделетін хат (*.docx)</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Жыл басынан бері</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Кезеңді таңдау</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Алдыңғы кезеңмен салыстыру</translation>
    </message>
    <message>
        <source>Show the change against the period of the same length just before</source>
        <translation>Дәл алдындағы ұзақтығы бірдей кезеңмен салыстырғандағы өзгерісті көрсету</translation>
    </message>
</context>
<context>
    <name>PlanEventDialog</name>
    <message>
        <source>New media plan event</source>
        <translation>Медиа жоспардың жаңа іс-шарасы</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Жоспарланған уақыты</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Алаң</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Briefings</source>
        <translation>Брифингтер</translation>
    </message>
    <message>
        <source>Media plan</source>
        <translation>Медиа жоспар</translation>
    </message>
    <message>
        <source>Add briefing…</source>
        <translation>Брифинг қосу…</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Іс-шара қосу…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV-ден импорттау…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Мәртебесін өзгерту</translation>
    </message>
    <message>
        <source>Mark the selected media plan event done, moved or cancelled</source>
        <translation>Медиа жоспардың таңдалған іс-шарасын орындалды, ауыстырылды немесе күші жойылды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark moved</source>
        <translation>Ауыстырылды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Күші жойылды деп белгілеу</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Жоспарланғандарға қайтару</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Өткізілген уақыты</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикерлер</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Жоспарланған уақыты</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Орындалған уақыты</translation>
    </message>
    <message>
        <source>CSV columns: date, state_body, speakers, topics, url</source>
        <translation>CSV бағандары: date, state_body, speakers, topics, url</translation>
    </message>
    <message>
        <source>CSV columns: planned_date, state_body, topic, channel, status (planned, done, moved, cancelled), done_date</source>
        <translation>CSV бағандары: planned_date, state_body, topic, channel, status (planned, done, moved, cancelled), done_date</translation>
    </message>
    <message>
        <source>Briefing added</source>
        <translation>Брифинг қосылды</translation>
    </message>
    <message>
        <source>Media plan event added</source>
        <translation>Медиа жоспардың іс-шарасы қосылды</translation>
    </message>
    <message>
        <source>Media plan event marked: {0}</source>
        <translation>Медиа жоспардың іс-шарасы белгіленді: {0}</translation>
    </message>
    <message>
        <source>Import briefings</source>
        <translation>Брифингтерді импорттау</translation>
    </message>
    <message>
        <source>Import media plan</source>
        <translation>Медиа жоспарды импорттау</translation>
    </message>
    <message>
        <source>CSV table (*.csv *.txt)</source>
        <translation>CSV кестесі (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n жол импортталды</numerusform>
            <numerusform>%n жол импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n жол өткізіп жіберілді</numerusform>
            <numerusform>%n жол өткізіп жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows were not imported</source>
        <translation>Кейбір жолдар импортталмады</translation>
    </message>
    <message>
        <source>These rows were skipped:</source>
        <translation>Мына жолдар өткізіп жіберілді:</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
</context>
<context>
    <name>RadarDock</name>
    <message>
        <source>Radar</source>
        <translation>Радар</translation>
    </message>
    <message>
        <source>Show refutation</source>
        <translation>Теріске шығаруды көрсету</translation>
    </message>
    <message>
        <source>Mute story</source>
        <translation>Сюжетті елемеу</translation>
    </message>
    <message>
        <source>Mute source</source>
        <translation>Дереккөзді елемеу</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Open a resonant case for this story, detected at the time of the spike</source>
        <translation>Осы сюжет бойынша резонансты іс ашу; анықталған уақыты — серпіліс сәті</translation>
    </message>
    <message>
        <source>No more alerts for this story</source>
        <translation>Бұл сюжет туралы енді хабарландырмау</translation>
    </message>
    <message>
        <source>No more alerts from this source</source>
        <translation>Бұл дереккөздің материалдары туралы енді хабарландырмау</translation>
    </message>
    <message>
        <source>Seen: remove the alert from the list</source>
        <translation>Қаралды: хабарландыруды тізімнен алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) spreading faster than usual</source>
        <translation>
            <numerusform>%n сюжет әдеттегіден жылдам таралып жатыр</numerusform>
            <numerusform>%n сюжет әдеттегіден жылдам таралып жатыр</numerusform>
        </translation>
    </message>
    <message>
        <source>Story spreading fast</source>
        <translation>Сюжет жылдам таралып жатыр</translation>
    </message>
    <message>
        <source>Radar: {0} ({1})</source>
        <translation>Радар: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last hour, normally {0}</source>
        <translation>
            <numerusform>Соңғы сағатта %n, әдетте {0}</numerusform>
            <numerusform>Соңғы сағатта %n, әдетте {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in an hour at {1}, normally {0}</source>
        <translation>
            <numerusform>{1} кезінде сағатына %n, әдетте {0}</numerusform>
            <numerusform>{1} кезінде сағатына %n, әдетте {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(тағы %n)</numerusform>
            <numerusform>(тағы %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s): {0}</source>
        <translation>
            <numerusform>%n дереккөз: {0}</numerusform>
            <numerusform>%n дереккөз: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuted claim: the refutation is ready to publish again</source>
        <translation>Теріске шығарылған мәлімдеме: теріске шығаруды қайта жариялауға болады</translation>
    </message>
    <message>
        <source>Resonant case opened</source>
        <translation>Резонансты іс ашылды</translation>
    </message>
    <message>
        <source>Refuted in the case: {0}</source>
        <translation>Мына істе теріске шығарылған: {0}</translation>
    </message>
    <message>
        <source>No story is spreading faster than usual.</source>
        <translation>Әдеттегіден жылдам таралып жатқан сюжет жоқ.</translation>
    </message>
    <message>
        <source>Show resonant case</source>
        <translation>Резонансты істі көрсету</translation>
    </message>
    <message>
        <source>Open resonant case</source>
        <translation>Резонансты іс ашу</translation>
    </message>
    <message>
        <source>Resonant case opened: {0}</source>
        <translation>Резонансты іс ашылды: {0}</translation>
    </message>
    <message>
        <source>Story muted: {0}</source>
        <translation>Сюжет еленбейді: {0}</translation>
    </message>
    <message>
        <source>Source muted: {0}</source>
        <translation>Дереккөз еленбейді: {0}</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Title or address</source>
        <translation>Тақырыбы немесе мекенжайы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record an official response</source>
        <translation>Ресми ден қоюды тіркеу</translation>
    </message>
    <message>
        <source>The body that published it</source>
        <translation>Жариялаған орган</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Жариялаған</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Жарияланған уақыты</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Watch rules</source>
        <translation>Бақылау ережелері</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Сұрау</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Хабарландыру</translation>
    </message>
    <message>
        <source>e.g. 5G OR вышка*, розыгрыш OR &quot;ұтыс ойыны&quot;, фишинг</source>
        <translation>мысалы: 5G OR вышка*, розыгрыш OR &quot;ұтыс ойыны&quot;, фишинг</translation>
    </message>
    <message>
        <source>Raise an alert for each new match</source>
        <translation>Әр жаңа сәйкестік туралы хабарлау</translation>
    </message>
    <message>
        <source>Also tag matching items already stored</source>
        <translation>Бұрыннан сақталған сәйкес материалдарды да белгілеу</translation>
    </message>
    <message>
        <source>Test on stored items</source>
        <translation>Сақталғандарда тексеру</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Ережені сақтау</translation>
    </message>
    <message>
        <source>Delete selected rule</source>
        <translation>Таңдалған ережені жою</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored item(s) match this rule.</source>
        <translation>
            <numerusform>Ережеге %n сақталған материал сәйкес келеді.</numerusform>
            <numerusform>Ережеге %n сақталған материал сәйкес келеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule saved: {0}</source>
        <translation>Ереже сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Recorded on every tag and decision you make.</source>
        <translation>Сіздің әр белгіңізге және әр шешіміңізге жазылады.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>тек қолмен</translation>
    </message>
    <message>
        <source>System proxy (e.g. http://proxy.local:3128)</source>
        <translation>Жүйелік прокси (мысалы, http://proxy.local:3128)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Талдаушының аты</translation>
    </message>
    <message>
        <source>Look for sources due to fetch every</source>
        <translation>Жүктеу уақыты келген дереккөздерді тексеру жиілігі</translation>
    </message>
    <message>
        <source>Each source is fetched when its own interval has passed.</source>
        <translation>Әр дереккөз өз аралығы өткенде жүктеледі.</translation>
    </message>
    <message>
        <source>Sources fetched at once</source>
        <translation>Бір мезетте жүктелетін дереккөздер</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Day boundaries, months and shown times of this workspace&apos;s figures use this zone, with its historical offsets.</source>
        <translation>Осы жұмыс базасы көрсеткіштеріндегі тәулік шекаралары, айлар мен көрсетілетін уақыт осы сағат белдеуі бойынша, оның тарихи ығысуларымен.</translation>
    </message>
    <message>
        <source>The authorised body that sends removal notices</source>
        <translation>Жою туралы хабарламаларды жіберетін уәкілетті орган</translation>
    </message>
    <message>
        <source>{seq}: the register&apos;s number within the year; {year}: the year. For example 04-2/{seq}</source>
        <translation>{seq}: тіркеу журналындағы жыл ішіндегі реттік нөмір; {year}: жыл. Мысалы, 04-2/{seq}</translation>
    </message>
    <message>
        <source>Notices ask the recipient to confirm removal to this address.</source>
        <translation>Хабарламаларда алушыдан жойылғанын осы мекенжайға растау сұралады.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Жұмыс базасы</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>This workspace (shared by everyone who opens it)</source>
        <translation>Осы жұмыс базасы (оны ашатындардың бәріне ортақ)</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Есептілік сағат белдеуі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Қолтаңба блогы</translation>
    </message>
    <message>
        <source>Issuing body of notices</source>
        <translation>Хабарламаларды жіберетін орган</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Қол қоюшының лауазымы</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Қол қоюшының аты-жөні</translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation>Орындаушының телефоны</translation>
    </message>
    <message>
        <source>Outgoing number format</source>
        <translation>Шығыс нөмірінің форматы</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Белгісіз сағат белдеуі: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Remove the source &quot;{0}&quot;?

Items you starred, tagged or used in a case are kept.</source>
        <translation>«{0}» дереккөзін жоясыз ба?

Таңдаулыға қосқан, белгілеген немесе іске тіркелген материалдарыңыз сақталады.</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Дереккөзді жою</translation>
    </message>
    <message>
        <source>Import saved feeds and pages</source>
        <translation>Сақталған таспалар мен беттерді импорттау</translation>
    </message>
    <message>
        <source>Feeds and pages (*.xml *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation>Таспалар мен беттер (*.xml *.rss *.atom *.html *.htm);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML импорттау</translation>
    </message>
    <message>
        <source>Imported {0} sources; {1} already present; {2} held disabled (local addresses).</source>
        <translation>Импортталған дереккөздер: {0}; бұрыннан бар: {1}; тексергенге дейін өшірілген (жергілікті мекенжайлар): {2}.</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML экспорттау</translation>
    </message>
    <message>
        <source>Exported {0} sources.</source>
        <translation>Экспортталған дереккөздер: {0}.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>Дереккөзді өзгерту</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <source>Feed or site address, t.me/channel, @channel, YouTube channel, file path</source>
        <translation>Таспа немесе сайт мекенжайы, t.me/арна, @арна, YouTube арнасы, файл жолы</translation>
    </message>
    <message>
        <source>Detect from the address</source>
        <translation>Мекенжайдан анықтау</translation>
    </message>
    <message>
        <source>RSS/Atom feed</source>
        <translation>RSS/Atom таспасы</translation>
    </message>
    <message>
        <source>Website page (selectors)</source>
        <translation>Сайт беті (селекторлар)</translation>
    </message>
    <message>
        <source>Telegram channel</source>
        <translation>Telegram арнасы</translation>
    </message>
    <message>
        <source>YouTube channel</source>
        <translation>YouTube арнасы</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>Default: the feed&apos;s own title</source>
        <translation>Әдепкі бойынша — таспаның өз атауы</translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Әлеуметтік желі</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
    <message>
        <source>Fetch this source</source>
        <translation>Бұл дереккөзді жүктеу</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>CSS selectors for a website page without a feed</source>
        <translation>Таспасы жоқ сайт беті үшін CSS селекторлары</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>Жүктеу жиілігі</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Read the source once now and list the items it would add, without saving anything</source>
        <translation>Дереккөзді қазір бір рет оқып, ол қосатын материалдарды ештеңе сақтамай көрсету</translation>
    </message>
    <message>
        <source>Enter the source&apos;s address first.</source>
        <translation>Алдымен дереккөздің мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation>Дереккөз оқылуда…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(тақырыбы жоқ)</translation>
    </message>
    <message>
        <source>The source answered, but it has no items to add.</source>
        <translation>Дереккөз жауап берді, бірақ онда қосатын материал жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>The source gives %n item(s); the first ones:</source>
        <translation>
            <numerusform>Дереккөзде %n материал бар; алғашқылары:</numerusform>
            <numerusform>Дереккөзде %n материал бар; алғашқылары:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source gives %n item(s):</source>
        <translation>
            <numerusform>Дереккөзде %n материал бар:</numerusform>
            <numerusform>Дереккөзде %n материал бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the source: {0}</source>
        <translation>Дереккөзді оқу мүмкін болмады: {0}</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>All items</source>
        <translation>Барлық материалдар</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Таңдаулы</translation>
    </message>
    <message>
        <source>Kept from removed sources</source>
        <translation>Жойылған дереккөздерден сақталғандар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>{0} items, {1} unread</source>
        <translation>материалдар: {0}, оқылмағаны: {1}</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>Соңғы қате: {0}</translation>
    </message>
    <message>
        <source>Read with repairs, items past the damage may be missing: {0}</source>
        <translation>Түзетулермен оқылды, зақымнан кейінгі материалдар жетіспеуі мүмкін: {0}</translation>
    </message>
    <message>
        <source>{0} (held)</source>
        <translation>{0} (тексеруді күтуде)</translation>
    </message>
    <message>
        <source>Disabled until you enable it: {0}</source>
        <translation>Сіз қоспайынша өшірулі: {0}</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your workspace is empty. Open the demo workspace (a few hundred example items in Kazakh and Russian, no network needed) to look around?</source>
        <translation>Жұмыс базасы бос. Танысу үшін демо-базаны (қазақ және орыс тілдеріндегі бірнеше жүз мысал материал, желісіз) ашасыз ба?</translation>
    </message>
    <message>
        <source>The workspace was restored from {0}. The previous file is kept as {1}.</source>
        <translation>Жұмыс базасы {0} көшірмесінен қалпына келтірілді. Бұрынғы файл {1} ретінде сақталды.</translation>
    </message>
    <message>
        <source>Password for the team workspace {0}:</source>
        <translation>{0} ортақ жұмыс базасының құпиясөзі:</translation>
    </message>
    <message>
        <source>{0}

Restore the newest backup ({1})? The damaged file is kept beside it.</source>
        <translation>{0}

Ең соңғы сақтық көшірмені ({1}) қалпына келтіру керек пе? Зақымдалған файл қасында сақталады.</translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <source>phishing and fraud: {0}</source>
        <translation>фишинг пен алаяқтық: {0}</translation>
    </message>
    <message>
        <source>Briefings by state body</source>
        <translation>Мемлекеттік органдар бойынша брифингтер</translation>
    </message>
    <message>
        <source>Items per source</source>
        <translation>Дереккөздер бойынша материалдар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Notices per platform representative</source>
        <translation>Платформа өкілдері бойынша хабарламалар</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation>Мерзімінде жойылды</translation>
    </message>
    <message>
        <source>Median hours to removal</source>
        <translation>Жойылғанға дейінгі сағат медианасы</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Әлеуметтік желілер</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Мессенджерлер</translation>
    </message>
    <message>
        <source>State bodies</source>
        <translation>Мемлекеттік органдар</translation>
    </message>
    <message>
        <source>Fakes by source category</source>
        <translation>Дереккөз санаттары бойынша фейктер</translation>
    </message>
    <message>
        <source>Source category</source>
        <translation>Дереккөз санаты</translation>
    </message>
    <message>
        <source>Fake cases</source>
        <translation>Фейктер</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation>Жіктеуіш</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>Жаңа белгінің атауы</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Белгі қосу</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) renamed.</source>
        <translation>
            <numerusform>%n белгінің атауы өзгертілді.</numerusform>
            <numerusform>%n белгінің атауы өзгертілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Fake category</source>
        <translation>Фейк санаты</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Бұзушылық түрі</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өз белгісі</translation>
    </message>
</context>
<context>
    <name>ViolationDetail</name>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Access restrictions</source>
        <translation>Қолжетімділікті шектеулер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Page captures</source>
        <translation>Бет түсірілімдері</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation>Мекенжай (залалсыздандырылған)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Тұтастығы</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Нәтиже уақыты</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Сұралды</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Нұсқама нөмірі</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Нұсқама берілді</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Select a violation to see its record.</source>
        <translation>Жазбасын көру үшін бұзушылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>(not in the platform directory)</source>
        <translation>(платформалар анықтамалығында жоқ)</translation>
    </message>
    <message>
        <source>Target organisation</source>
        <translation>Атынан әрекет етілген ұйым</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation>Мерзімінде жойылды</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ӨЗГЕРТІЛГЕН</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Record a violation</source>
        <translation>Бұзушылықты тіркеу</translation>
    </message>
    <message>
        <source>hxxps://example[.]com/page — a defanged address is fine</source>
        <translation>hxxps://example[.]com/page — залалсыздандырылған мекенжайды да қоюға болады</translation>
    </message>
    <message>
        <source>The bank, ministry or company the page imitates</source>
        <translation>Бет еліктейтін банк, министрлік немесе компания</translation>
    </message>
    <message>
        <source>Record violations from selected items</source>
        <translation>Таңдалған материалдар бойынша бұзушылықтарды тіркеу</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s): each item&apos;s address becomes a violation and its content is kept as evidence.</source>
        <translation>
            <numerusform>Таңдалған материалдар: %n. Әр материалдың мекенжайы бұзушылық ретінде тіркеледі, ал мазмұны дәлел ретінде сақталады.</numerusform>
            <numerusform>Таңдалған материалдар: %n. Әр материалдың мекенжайы бұзушылық ретінде тіркеледі, ал мазмұны дәлел ретінде сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Бұзушылық түрі</translation>
    </message>
    <message>
        <source>Target organisation</source>
        <translation>Атынан әрекет етілген ұйым</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ViolationHistory</name>
    <message>
        <source>Recorded</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Мәртебесі өзгерді</translation>
    </message>
    <message>
        <source>Access restriction ordered</source>
        <translation>Қолжетімділікті шектеу туралы нұсқама берілді</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Хабарлама жіберілді</translation>
    </message>
    <message>
        <source>Notice outcome recorded</source>
        <translation>Хабарлама нәтижесі тіркелді</translation>
    </message>
    <message>
        <source>Notice receipt recorded</source>
        <translation>Хабарламаның алынғаны тіркелді</translation>
    </message>
</context>
<context>
    <name>ViolationStatus</name>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Хабарлама жіберілді</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <source>Access restriction requested</source>
        <translation>Қолжетімділікті шектеу сұралды</translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation>Қолжетімділік шектелді</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Шектеу алынды</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Негізсіз</translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <source>Address (defanged)</source>
        <translation>Мекенжай (залалсыздандырылған)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Қалған уақыт</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation>мерзімі өтті {0}</translation>
    </message>
</context>
<context>
    <name>ViolationsTab</name>
    <message>
        <source>Open violations</source>
        <translation>Аяқталмаған бұзушылықтар</translation>
    </message>
    <message>
        <source>All violations</source>
        <translation>Барлық бұзушылықтар</translation>
    </message>
    <message>
        <source>Add violation…</source>
        <translation>Бұзушылық қосу…</translation>
    </message>
    <message>
        <source>Violations from selected items…</source>
        <translation>Таңдалған материалдардан бұзушылықтар…</translation>
    </message>
    <message>
        <source>Bulk intake…</source>
        <translation>Топтап енгізу…</translation>
    </message>
    <message>
        <source>Platform directory…</source>
        <translation>Платформалар анықтамалығы…</translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation>Хабарлама жіберу…</translation>
    </message>
    <message>
        <source>Record notice outcome…</source>
        <translation>Хабарлама нәтижесін тіркеу…</translation>
    </message>
    <message>
        <source>Escalate to access restriction…</source>
        <translation>Қолжетімділікті шектеуді сұрату…</translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation>Шектеуді алу…</translation>
    </message>
    <message>
        <source>Close as unfounded…</source>
        <translation>Негізсіз деп жабу…</translation>
    </message>
    <message>
        <source>Capture the page</source>
        <translation>Беттің көшірмесін түсіру</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Бұзушылықтар</translation>
    </message>
    <message>
        <source>Select a violation first.</source>
        <translation>Алдымен бұзушылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>Violation recorded: {0}</source>
        <translation>Бұзушылық тіркелді: {0}</translation>
    </message>
    <message>
        <source>Select items in the Items tab first.</source>
        <translation>Алдымен «Материалдар» қойындысында материалдарды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) recorded from items</source>
        <translation>
            <numerusform>Материалдардан %n бұзушылық тіркелді</numerusform>
            <numerusform>Материалдардан %n бұзушылық тіркелді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not recorded</source>
        <translation>
            <numerusform>%n материал тіркелмеді</numerusform>
            <numerusform>%n материал тіркелмеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk intake: %n violation(s) recorded</source>
        <translation>
            <numerusform>Топтап енгізу: %n бұзушылық тіркелді</numerusform>
            <numerusform>Топтап енгізу: %n бұзушылық тіркелді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) captured</source>
        <translation>
            <numerusform>%n беттің көшірмесі сақталды</numerusform>
            <numerusform>%n беттің көшірмесі сақталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) pending until the network is back</source>
        <translation>
            <numerusform>%n көшірме желі қосылғанша күтуде</numerusform>
            <numerusform>%n көшірме желі қосылғанша күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not captured</source>
        <translation>
            <numerusform>%n беттің көшірмесі түсірілмеді</numerusform>
            <numerusform>%n беттің көшірмесі түсірілмеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n page(s)…</source>
        <translation>
            <numerusform>%n беттің көшірмесі түсірілуде…</numerusform>
            <numerusform>%n беттің көшірмесі түсірілуде…</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice sent to {0}</source>
        <translation>Хабарлама жіберілді: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) sent</source>
        <translation>
            <numerusform>%n хабарлама жіберілді</numerusform>
            <numerusform>%n хабарлама жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <source>This violation has no notice awaiting its outcome.</source>
        <translation>Бұл бұзушылықта нәтижесін күтіп тұрған хабарлама жоқ.</translation>
    </message>
    <message>
        <source>Notice outcome recorded.</source>
        <translation>Хабарлама нәтижесі тіркелді.</translation>
    </message>
    <message>
        <source>Access restriction: {0}</source>
        <translation>Қолжетімділікті шектеу: {0}</translation>
    </message>
    <message>
        <source>Access restriction lifted.</source>
        <translation>Қолжетімділікті шектеу алынды.</translation>
    </message>
    <message>
        <source>Violation closed as unfounded.</source>
        <translation>Бұзушылық негізсіз деп жабылды.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Watch rules…</source>
        <translation>Бақылау ережелері…</translation>
    </message>
    <message>
        <source>Taxonomy…</source>
        <translation>Жіктеуіш…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Жаңа жұмыс базасы…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Жұмыс базасын ашу…</translation>
    </message>
    <message>
        <source>Open team workspace…</source>
        <translation>Ортақ жұмыс базасын ашу…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Демо жұмыс базасын ашу</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Соңғы жұмыс базалары</translation>
    </message>
    <message>
        <source>Team workspace {0}</source>
        <translation>Ортақ жұмыс базасы {0}</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демо жұмыс базасы</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(әзірге жоқ)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Жаңа жұмыс базасы</translation>
    </message>
    <message>
        <source>Workspaces (*.db)</source>
        <translation>Жұмыс базалары (*.db)</translation>
    </message>
    <message>
        <source>{0} already exists. Use “Open workspace…” to open it.</source>
        <translation>{0} бұрыннан бар. Оны ашу үшін «Жұмыс базасын ашу…» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Жұмыс базасын ашу</translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>Жұмыс базалары (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation>Ортақ жұмыс базасын ашу</translation>
    </message>
    <message>
        <source>Address of the team workspace, as the administrator gave it:
postgresql://USER@SERVER:5432/DATABASE</source>
        <translation>Әкімші берген ортақ жұмыс базасының мекенжайы:
postgresql://ПАЙДАЛАНУШЫ@СЕРВЕР:5432/ДЕРЕКҚОР</translation>
    </message>
    <message>
        <source>“{0}” is not a team workspace address (postgresql://USER@SERVER:PORT/DATABASE).</source>
        <translation>«{0}» ортақ жұмыс базасының мекенжайы емес (postgresql://ПАЙДАЛАНУШЫ@СЕРВЕР:ПОРТ/ДЕРЕКҚОР).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for when needed and never stored.</source>
        <translation>Мекенжайға құпиясөзді жазбаңыз: ол қажет кезде сұралады және ешқашан сақталмайды.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Back up the workspace now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Export bundle for headquarters…</source>
        <translation>Орталық кеңсеге арналған пакетті экспорттау…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Пакетті импорттау…</translation>
    </message>
    <message>
        <source>Check the workspace now</source>
        <translation>Жұмыс базасын қазір тексеру</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Жұмыс базасы тексерілуде…</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Жұмыс базасын тексеру</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the workspace. The first: {0}</source>
        <translation>
            <numerusform>Жұмыс базасынан %n ақау табылды. Біріншісі: {0}</numerusform>
            <numerusform>Жұмыс базасынан %n ақау табылды. Біріншісі: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is whole: its storage, the protective triggers, the audit log&apos;s chain, every evidence seal and page capture, every stored text and time check out.</source>
        <translation>Жұмыс базасы бүтін: сақтау қоймасы, қорғаныш триггерлері, аудит журналының тізбегі, әрбір дәлел мөрі мен бет көшірмесі, әрбір сақталған мәтін мен уақыт тексеруден өтті.</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Жұмыс базасы зақымдалған</translation>
    </message>
    <message>
        <source>The workspace is damaged ({0}) and there is no backup to restore. Copy the file somewhere safe before going on.</source>
        <translation>Жұмыс базасы зақымдалған ({0}), ал сақтық көшірме жоқ. Жалғастырмас бұрын файлды сенімді жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>The workspace is damaged ({0}).

Restore the newest backup ({1})? The damaged file is kept beside it.</source>
        <translation>Жұмыс базасы зақымдалған ({0}).

Ең соңғы сақтық көшірмені ({1}) қалпына келтіру керек пе? Зақымдалған файл қасында сақталады.</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Сақтық көшірме жазылды: {0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Workspace backups (*.wsbk *.db)</source>
        <translation>Жұмыс базасының сақтық көшірмелері (*.wsbk *.db)</translation>
    </message>
    <message>
        <source>Replace the workspace with this backup? The current workspace is kept beside it, and the window reopens.</source>
        <translation>Жұмыс базасын осы сақтық көшірмемен ауыстыру керек пе? Ағымдағы база қасында сақталады, терезе қайта ашылады.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Пакетті экспорттау</translation>
    </message>
    <message>
        <source>Workspace bundles (*.mmwb)</source>
        <translation>Жұмыс базасының пакеттері (*.mmwb)</translation>
    </message>
    <message>
        <source>Bundle written: {0} cases, {1} violations; signed with key {2}</source>
        <translation>Пакет жазылды: істер — {0}, бұзушылықтар — {1}; {2} кілтімен қол қойылды</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <source>Workspace bundles (*.mmwb);;All files (*)</source>
        <translation>Жұмыс базасының пакеттері (*.mmwb);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Белгісіз қолтаңба кілті</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this workspace does not trust yet:

{0}
fingerprint {1}

Compare the fingerprint with the sender (by phone, for instance) before going on. Trust this key and import the bundle?</source>
        <translation>Бұл пакетке осы жұмыс базасы әлі сенбейтін кілтпен қол қойылған:

{0}
саусақ ізі {1}

Жалғастырмас бұрын саусақ ізін жіберушімен (мысалы, телефон арқылы) салыстырыңыз. Бұл кілтке сеніп, пакетті жүктеу керек пе?</translation>
    </message>
    <message>
        <source>Signed by {0}.

{1} records added, {2} already present, {3} changes applied.</source>
        <translation>Қол қойған: {0}.

Қосылған жазбалар: {1}, бұрыннан бар: {2}, қолданылған өзгерістер: {3}.</translation>
    </message>
    <message>
        <source>{0} edits conflict with changes made here and were kept for an analyst (workstation bundle conflicts).</source>
        <translation>Осында жасалған өзгерістерге қайшы келетін түзетулер: {0}; олар талдаушының шешіміне қалдырылды (workstation bundle conflicts).</translation>
    </message>
    <message>
        <source>{0} sources point to this computer or a private network and were added disabled.</source>
        <translation>Осы компьютерге немесе жеке желіге сілтейтін дереккөздер: {0}; олар өшірулі күйде қосылды.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет импортталды</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Пакет импортталмады</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>{path} базасын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the database {path} is locked by another program; try again in a moment</source>
        <translation>{path} базасын басқа бағдарлама бөгеп тұр; сәлден кейін қайталаңыз</translation>
    </message>
    <message>
        <source>the database {path} is damaged: {reason}</source>
        <translation>{path} базасы зақымдалған: {reason}</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer version of the workstation (schema {found} &gt; {known})</source>
        <translation>{path} базасын бағдарламаның жаңа нұсқасы жазған (схема {found} &gt; {known})</translation>
    </message>
    <message>
        <source>no {what} with id {id}</source>
        <translation>{id} нөмірлі «{what}» жоқ</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: nothing more could be stored; free some space and try again</source>
        <translation>{path} тұрған диск толып қалды: бұдан артық ештеңе сақталмайды; орын босатып, қайталаңыз</translation>
    </message>
    <message>
        <source>the workspace {path} is open read-only: changes cannot be saved</source>
        <translation>{path} жұмыс базасы тек оқу үшін ашық: өзгерістер сақталмайды</translation>
    </message>
    <message>
        <source>the workspace {path} is read-only and needs an upgrade (schema {found} to {known}), which cannot be done read-only: copy it to a writable folder and open it there</source>
        <translation>{path} жұмыс базасы тек оқу үшін қолжетімді және жаңартуды қажет етеді ({found} → {known} схемасы), ал оны жазусыз жаңарту мүмкін емес: оны жазуға болатын қалтаға көшіріп, сол жерде ашыңыз</translation>
    </message>
    <message>
        <source>the workspace {path} is read-only and its last changes are still in {journal}, which cannot be read without writing: open it once from a writable folder</source>
        <translation>{path} жұмыс базасы тек оқу үшін қолжетімді, ал оның соңғы өзгерістері әлі {journal} файлында, оны жазусыз оқу мүмкін емес: оны бір рет жазуға болатын қалтадан ашыңыз</translation>
    </message>
    <message>
        <source>there is no workspace at {path}</source>
        <translation>{path} жұмыс базасы жоқ</translation>
    </message>
    <message>
        <source>the stored text of item {id} cannot be read ({reason}): another program changed it; restore the workspace from a backup</source>
        <translation>{id} материалының сақталған мәтіні оқылмайды ({reason}): оны басқа бағдарлама өзгерткен; жұмыс базасын сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>cannot reach the team workspace {url}: {reason}</source>
        <translation>{url} ортақ жұмыс базасына қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{user} may not make this change in the team workspace ({reason}); ask a supervisor</source>
        <translation>{user} ортақ жұмыс базасында бұл өзгерісті енгізе алмайды ({reason}); жетекшіге жүгініңіз</translation>
    </message>
    <message>
        <source>the team workspace {url} is not ready (schema {found} of {known}): the administrator runs `workstation db init-team` on it</source>
        <translation>{url} ортақ жұмыс базасы дайын емес (сызба {found}, қажеті {known}): әкімші оған `workstation db init-team` командасын орындайды</translation>
    </message>
    <message>
        <source>the team workspace cannot run this: {what}</source>
        <translation>ортақ жұмыс базасы мұны орындай алмайды: {what}</translation>
    </message>
    <message>
        <source>unknown role {role}: use one of {roles}</source>
        <translation>белгісіз рөл {role}: мыналардың бірін таңдаңыз: {roles}</translation>
    </message>
    <message>
        <source>not a usable user name: {name}</source>
        <translation>пайдаланушының аты жарамсыз: {name}</translation>
    </message>
    <message>
        <source>{what} {id} was changed by {by} at {at} since you opened it: reload it to see their change, then make yours again</source>
        <translation>{what} {id} сіз ашқаннан кейін {at} уақытта {by} өзгертті: олардың өзгерісін көру үшін қайта жүктеңіз, содан соң өз өзгерісіңізді қайта енгізіңіз</translation>
    </message>
    <message>
        <source>this works on a team workspace (postgresql://...) only</source>
        <translation>бұл тек ортақ жұмыс базасында жұмыс істейді (postgresql://...)</translation>
    </message>
    <message>
        <source>the team workspace {url} lives on its server and is backed up there (pg_dump, by the server&apos;s administrator); this command works on a workspace file</source>
        <translation>{url} ортақ жұмыс базасы өз серверінде тұрады және сонда сақтық көшірмесі жасалады (pg_dump, сервер әкімшісі); бұл команда жұмыс базасының файлымен жұмыс істейді</translation>
    </message>
    <message>
        <source>the search query is empty</source>
        <translation>іздеу сұрауы бос</translation>
    </message>
    <message>
        <source>a phrase is missing its closing quote (&quot;)</source>
        <translation>тіркестің жабатын тырнақшасы жоқ (&quot;)</translation>
    </message>
    <message>
        <source>the parentheses in the query do not match</source>
        <translation>сұраудағы жақшалар сәйкес емес</translation>
    </message>
    <message>
        <source>{op} needs a search term on both sides</source>
        <translation>{op} екі жағында да сөз болуы керек</translation>
    </message>
    <message>
        <source>NOT needs a term before it, for example: банк NOT кредит</source>
        <translation>NOT алдында сөз болуы керек, мысалы: банк NOT кредит</translation>
    </message>
    <message>
        <source>empty parentheses in the query</source>
        <translation>сұрауда бос жақшалар</translation>
    </message>
    <message>
        <source>the search query is not valid: {reason}</source>
        <translation>іздеу сұрауы қате: {reason}</translation>
    </message>
    <message>
        <source>the query nests brackets or fields more than {limit} deep; write it flatter</source>
        <translation>сұраудағы жақшалар немесе өрістер {limit} деңгейден терең салынған; сұрауды жеңілдетіңіз</translation>
    </message>
    <message>
        <source>not a usable address: {url}</source>
        <translation>жарамсыз мекенжай: {url}</translation>
    </message>
    <message>
        <source>unknown source kind {kind}: use rss, site, telegram, youtube or file</source>
        <translation>белгісіз дереккөз түрі {kind}: rss, site, telegram, youtube немесе file қолданыңыз</translation>
    </message>
    <message>
        <source>this source is already in the workspace (id {id})</source>
        <translation>бұл дереккөз базада бар (нөмірі {id})</translation>
    </message>
    <message>
        <source>a site source needs at least an item selector</source>
        <translation>сайт үшін кемінде материал селекторы қажет</translation>
    </message>
    <message>
        <source>held: it reads a file on this computer</source>
        <translation>тексеруді күтуде: ол осы компьютердегі файлды оқиды</translation>
    </message>
    <message>
        <source>held: it is not a web address (http or https)</source>
        <translation>тексеруді күтуде: бұл веб-мекенжай емес (http немесе https)</translation>
    </message>
    <message>
        <source>held: it names this computer or a local network</source>
        <translation>тексеруді күтуде: ол осы компьютерді немесе жергілікті желіні көрсетеді</translation>
    </message>
    <message>
        <source>held: its address is this computer or a private network</source>
        <translation>тексеруді күтуде: оның мекенжайы — осы компьютер немесе жеке желі</translation>
    </message>
    <message>
        <source>timed out after {seconds} s</source>
        <translation>{seconds} с ішінде жауап жоқ</translation>
    </message>
    <message>
        <source>no connection after {seconds} s</source>
        <translation>{seconds} с ішінде байланыс жоқ</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>байланыстан бас тартылды</translation>
    </message>
    <message>
        <source>host not found: {host}</source>
        <translation>хост табылмады: {host}</translation>
    </message>
    <message>
        <source>secure connection failed: {reason}</source>
        <translation>қорғалған байланыс қатесі: {reason}</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>more than {limit} redirects</source>
        <translation>{limit} реттен көп қайта бағыттау</translation>
    </message>
    <message>
        <source>response larger than {limit_mib} MiB</source>
        <translation>жауап {limit_mib} МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>connection failed: {reason}</source>
        <translation>байланыс қатесі: {reason}</translation>
    </message>
    <message>
        <source>the server sent a body it could not decode ({encoding})</source>
        <translation>сервер ашылмайтын деректер жіберді ({encoding})</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>файл табылмады: {path}</translation>
    </message>
    <message>
        <source>cannot read file {path}: {reason}</source>
        <translation>{path} файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>waiting until {until} after {count} failures in a row</source>
        <translation>қатарынан {count} қатеден кейін {until} дейін күту</translation>
    </message>
    <message>
        <source>not a feed: HTML page</source>
        <translation>таспа емес: HTML беті</translation>
    </message>
    <message>
        <source>empty response</source>
        <translation>бос жауап</translation>
    </message>
    <message>
        <source>not a feed: {reason}</source>
        <translation>таспа емес: {reason}</translation>
    </message>
    <message>
        <source>refused: the document uses XML entity tricks</source>
        <translation>қабылданбады: құжатта қауіпті XML нысандары бар</translation>
    </message>
    <message>
        <source>no items found with the selectors</source>
        <translation>селекторлар бойынша бірде-бір материал табылмады</translation>
    </message>
    <message>
        <source>invalid CSS selector {selector}</source>
        <translation>қате CSS селекторы {selector}</translation>
    </message>
    <message>
        <source>not a valid OPML file: {reason}</source>
        <translation>OPML файлы жарамсыз: {reason}</translation>
    </message>
    <message>
        <source>the OPML file nests outlines more than {limit} deep; nothing was imported</source>
        <translation>OPML файлындағы элементтер {limit} деңгейден терең салынған; ештеңе импортталмады</translation>
    </message>
    <message>
        <source>OPML outline {number} &quot;{title}&quot; ({address}): {reason}; nothing was imported</source>
        <translation>OPML элементі {number} «{title}» ({address}): {reason}; ештеңе импортталмады</translation>
    </message>
    <message>
        <source>no tag called {tag}: see `tags list`</source>
        <translation>{tag} белгісі жоқ: `tags list` қараңыз</translation>
    </message>
    <message>
        <source>unknown tag kind {kind}: use fake_category, violation_type, topic or custom</source>
        <translation>белгісіз белгі түрі {kind}: fake_category, violation_type, topic немесе custom қолданыңыз</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>белгінің атауы болуы керек</translation>
    </message>
    <message>
        <source>a tag called {tag} already exists</source>
        <translation>{tag} белгісі бұрыннан бар</translation>
    </message>
    <message>
        <source>a watch rule called {name} already exists</source>
        <translation>{name} ережесі бұрыннан бар</translation>
    </message>
    <message>
        <source>a watch rule needs a name</source>
        <translation>ереженің атауы болуы керек</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>сақталған іздеудің атауы болуы керек</translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation>істің атауы болуы керек</translation>
    </message>
    <message>
        <source>{category} is not a fake category: see `tags list --kind fake_category`</source>
        <translation>{category} фейк санаты емес: `tags list --kind fake_category` қараңыз</translation>
    </message>
    <message>
        <source>unknown status {status}: use {allowed}</source>
        <translation>белгісіз мәртебе {status}: {allowed} қолданыңыз</translation>
    </message>
    <message>
        <source>a case that is {old} cannot become {new}; it can become: {allowed}</source>
        <translation>«{old}» мәртебесіндегі іс «{new}» мәртебесіне өте алмайды; мүмкіні: {allowed}</translation>
    </message>
    <message>
        <source>dismissing a case needs a reason (--reason)</source>
        <translation>істі фейк емес деп жабу үшін себеп керек (--reason)</translation>
    </message>
    <message>
        <source>a case is refuted by recording its refutation (refutations add)</source>
        <translation>іс теріске шығару тіркелгенде ғана теріске шығарылған болады (refutations add)</translation>
    </message>
    <message>
        <source>unknown item role {role}: use {allowed}</source>
        <translation>материалдың белгісіз рөлі {role}: {allowed} пайдаланыңыз</translation>
    </message>
    <message>
        <source>name one story or one source (--story ID or --source ID)</source>
        <translation>бір сюжетті немесе бір дереккөзді көрсетіңіз (--story ID немесе --source ID)</translation>
    </message>
    <message>
        <source>unknown channel {channel}: use {allowed}</source>
        <translation>белгісіз алаң {channel}: {allowed} қолданыңыз</translation>
    </message>
    <message>
        <source>unknown response kind {kind}: use refutation or statement</source>
        <translation>белгісіз ден қою түрі {kind}: refutation (теріске шығару) немесе statement (мәлімдеме)</translation>
    </message>
    <message>
        <source>this case was dismissed as not a fake: reopen it before recording a refutation</source>
        <translation>бұл іс фейк емес деп жабылған: теріске шығаруды тіркемес бұрын оны қайта ашыңыз</translation>
    </message>
    <message>
        <source>{type} is not a violation type: see `tags list --kind violation_type`</source>
        <translation>{type} бұзушылық түрі емес: `tags list --kind violation_type` қараңыз</translation>
    </message>
    <message>
        <source>this address is already recorded as violation {id}: {url}</source>
        <translation>бұл мекенжай {id} бұзушылығы ретінде тіркелген: {url}</translation>
    </message>
    <message>
        <source>a violation that is {old} cannot become {new}; it can become: {allowed}</source>
        <translation>«{old}» мәртебесіндегі бұзушылық «{new}» мәртебесіне өте алмайды; мүмкіні: {allowed}</translation>
    </message>
    <message>
        <source>closing a violation as unfounded needs a reason (--reason)</source>
        <translation>бұзушылықты негізсіз деп жабу үшін себеп керек (--reason)</translation>
    </message>
    <message>
        <source>a list of addresses needs the violations&apos; type (--type); a register CSV with a url column and per-row columns does not</source>
        <translation>мекенжайлар тізіміне бұзушылықтардың түрі керек (--type); url бағаны және әр жолдың бағандары бар тізілім CSV-іне керек емес</translation>
    </message>
    <message>
        <source>refused: the page led to a local file, loopback or private address ({url})</source>
        <translation>бас тартылды: бет жергілікті файлға, loopback немесе жеке мекенжайға апарды ({url})</translation>
    </message>
    <message>
        <source>violation {id} has no capture yet: capture its page first (`violations capture {id}`)</source>
        <translation>{id} бұзушылықтың әлі түсірілімі жоқ: алдымен бетін түсіріңіз (`violations capture {id}`)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file</source>
        <translation>{path} бар; басқа файл таңдаңыз</translation>
    </message>
    <message>
        <source>unknown method {method}: use {allowed}</source>
        <translation>белгісіз тәсіл {method}: {allowed} қолданыңыз</translation>
    </message>
    <message>
        <source>a recipient needs a name</source>
        <translation>алушының аты болуы керек</translation>
    </message>
    <message>
        <source>notice {id} is already resolved ({outcome})</source>
        <translation>{id} хабарламасының нәтижесі бар ({outcome})</translation>
    </message>
    <message>
        <source>the outcome cannot be earlier than the notice was sent</source>
        <translation>нәтиже хабарлама жіберілгеннен ерте бола алмайды</translation>
    </message>
    <message>
        <source>a notice cannot be received before it was sent</source>
        <translation>хабарлама жіберілгенге дейін алына алмайды</translation>
    </message>
    <message>
        <source>a notice lists at least one violation</source>
        <translation>хабарламада кемінде бір бұзушылық көрсетіледі</translation>
    </message>
    <message>
        <source>the notice was not recorded as sent: it lacks {fields}. Fill them in (workspace settings, the platform directory or the addressee&apos;s address) and send it again</source>
        <translation>хабарлама жіберілген ретінде тіркелмеді: онда мыналар жоқ: {fields}. Оларды толтырып (жұмыс базасының баптаулары, платформалар анықтамалығы немесе алушының мекенжайы), қайта жіберіңіз</translation>
    </message>
    <message>
        <source>violation {violation} is not listed in notice {id}</source>
        <translation>{violation} бұзушылығы {id} хабарламасында көрсетілмеген</translation>
    </message>
    <message>
        <source>notice {id} has no address awaiting its outcome</source>
        <translation>{id} хабарламасында нәтижесін күтіп тұрған мекенжай жоқ</translation>
    </message>
    <message>
        <source>notice {id} is still within its deadline ({deadline}); escalate after it passes</source>
        <translation>{id} хабарламасының мерзімі әлі өтпеді ({deadline}); қолжетімділікті шектеуді мерзім өткен соң сұратуға болады</translation>
    </message>
    <message>
        <source>the figures were not computed: {record} holds in {field} {value}, which is not a time: another program changed it (db check shows the changes); restore the record from a backup, then ask again</source>
        <translation>көрсеткіштер есептелмеді: {record} жазбасының {field} өрісінде {value} тұр, бұл уақыт емес: оны басқа бағдарлама өзгерткен (өзгерістерді db check көрсетеді); жазбаны сақтық көшірмеден қалпына келтіріп, қайта сұраңыз</translation>
    </message>
    <message>
        <source>unknown media plan status {status}: use {allowed}</source>
        <translation>медиа жоспардың белгісіз мәртебесі {status}: {allowed} қолданыңыз</translation>
    </message>
    <message>
        <source>not a readable workspace bundle: {reason}</source>
        <translation>жұмыс базасының пакетін оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the bundle was altered after export and was not imported ({count} problems; first: {first})</source>
        <translation>пакет экспорттан кейін өзгертілген, сондықтан импортталмады (мәселелер: {count}; біріншісі: {first})</translation>
    </message>
    <message>
        <source>the bundle was not imported: {where}: {problem}</source>
        <translation>пакет жүктелмеді: {where}: {problem}</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match its manifest: it was altered after signing or forged; nothing was imported</source>
        <translation>пакеттің қолтаңбасы оның манифесіне сәйкес емес: пакет қол қойылғаннан кейін өзгертілген немесе жалған; ештеңе жүктелмеді</translation>
    </message>
    <message>
        <source>the bundle was not written: {table} record {record} holds in {field} a value the workstation never writes ({kind}), as another program may leave; correct the record and export again</source>
        <translation>пакет жазылмады: {table} кестесінің {record} жазбасының {field} өрісінде жұмыс станциясы ешқашан жазбайтын мән бар ({kind}), оны басқа бағдарлама қалдыруы мүмкін; жазбаны түзетіп, қайта экспорттаңыз</translation>
    </message>
    <message>
        <source>the bundle is signed by a key this workspace does not trust: {name}, fingerprint {fingerprint}; nothing was imported. Check the fingerprint with the sender, then trust it (keys trust FINGERPRINT) or import with --trust</source>
        <translation>пакетке осы жұмыс базасы сенбейтін кілтпен қол қойылған: {name}, саусақ ізі {fingerprint}; ештеңе жүктелмеді. Саусақ ізін жіберушімен салыстырып, кілтті сенімділерге қосыңыз (keys trust FINGERPRINT) немесе --trust арқылы жүктеңіз</translation>
    </message>
    <message>
        <source>cannot use the key {path}: {reason}</source>
        <translation>{path} кілтін пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>not a key fingerprint (64 hexadecimal digits) or a key or bundle file: {value}</source>
        <translation>бұл кілттің саусақ ізі (64 он алтылық цифр) де, кілт не пакет файлы да емес: {value}</translation>
    </message>
    <message>
        <source>conflict {id} is already resolved (kept {resolution})</source>
        <translation>{id} қайшылығы шешіліп қойған (қалдырылғаны: {resolution})</translation>
    </message>
    <message>
        <source>conflict {id}: their version cannot be kept: {reason}</source>
        <translation>{id} қайшылығы: олардың нұсқасын қалдыруға болмайды: {reason}</translation>
    </message>
    <message>
        <source>violation {id} has had no notice: restriction follows a notice whose deadline passed without removal, or an explicit order (--order-type court|authority --order REF)</source>
        <translation>{id} бұзушылық бойынша хабарлама болған жоқ: шектеу жойылмай мерзімі өткен хабарламадан кейін немесе нақты шешіммен ғана (--order-type court|authority --order REF)</translation>
    </message>
    <message>
        <source>unknown order type {order_type}: use {allowed}</source>
        <translation>шешімнің белгісіз түрі {order_type}: {allowed} пайдаланыңыз</translation>
    </message>
    <message>
        <source>a {order_type} order needs its reference (--order REF)</source>
        <translation>шешім ({order_type}) үшін оның нөмірі қажет (--order REF)</translation>
    </message>
    <message>
        <source>no such workspace setting: {name} (settings: {allowed})</source>
        <translation>жұмыс базасында мұндай баптау жоқ: {name} (баптаулар: {allowed})</translation>
    </message>
    <message>
        <source>an outgoing number format needs {{seq}} (the register&apos;s number within the year) and may use {{year}}, for example 04-2/{{seq}}: {value}</source>
        <translation>шығыс нөмірінің форматында {{seq}} (тіркеу журналындағы жыл ішіндегі реттік нөмір) болуы керек, {{year}} болуы мүмкін, мысалы 04-2/{{seq}}: {value}</translation>
    </message>
    <message>
        <source>storage: {detail}</source>
        <translation>сақтау қоймасы: {detail}</translation>
    </message>
    <message>
        <source>full-text index: {detail}</source>
        <translation>іздеу индексі: {detail}</translation>
    </message>
    <message>
        <source>full-text index: {count} items are not in it</source>
        <translation>іздеу индексі: онда жоқ материалдар: {count}</translation>
    </message>
    <message>
        <source>full-text index: {count} rows of items that no longer exist</source>
        <translation>іздеу индексі: жойылған материалдардың жолдары: {count}</translation>
    </message>
    <message>
        <source>foreign key broken: {table} row {row} -&gt; {parent}</source>
        <translation>кестелер арасындағы сілтеме бұзылған: {table}, {row}-жол -&gt; {parent}</translation>
    </message>
    <message>
        <source>protective trigger {name} is missing (removed by another tool)</source>
        <translation>{name} қорғаныш триггері жоқ (оны басқа бағдарлама жойған)</translation>
    </message>
    <message>
        <source>audit entry {id}: the entry before it was removed or changed</source>
        <translation>аудит журналының {id} жазбасы: алдыңғы жазба жойылған немесе өзгертілген</translation>
    </message>
    <message>
        <source>audit entry {id}: its content was changed after it was recorded</source>
        <translation>аудит журналының {id} жазбасы: мазмұны жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>evidence {id} ({url}, captured {at}): its content no longer matches its seal</source>
        <translation>{id} дәлелі ({url}, {at} түсірілген): мазмұны енді мөріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>evidence {id} (no address, captured {at}): its content no longer matches its seal</source>
        <translation>{id} дәлелі (мекенжайсыз, {at} түсірілген): мазмұны енді мөріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>capture {id} of violation {violation} ({url}, captured {at}): its WARC, picture or record no longer matches its seal</source>
        <translation>{violation} бұзушылығының {id} бет көшірмесі ({url}, {at} түсірілген): оның WARC файлы, суреті немесе жазбасы енді мөріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>item {id}: its stored text cannot be read ({reason})</source>
        <translation>{id} материалы: сақталған мәтінін оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <source>and {count} more items whose stored text cannot be read</source>
        <translation>және сақталған мәтіні оқылмайтын тағы материалдар: {count}</translation>
    </message>
    <message>
        <source>{table} #{record}: {column} holds {value}, which is no time</source>
        <translation>{table} #{record}: {column} өрісінде {value} жазылған, бұл уақыт емес</translation>
    </message>
    <message>
        <source>and {count} more times that are no time</source>
        <translation>және уақыт емес тағы мәндер: {count}</translation>
    </message>
    <message>
        <source>evidence {uuid}: content does not match its seal</source>
        <translation>{uuid} дәлелі: мазмұны мөріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>{name}: content does not match its SHA-256 in the signed manifest</source>
        <translation>{name}: мазмұны қол қойылған манифесттегі SHA-256 мәніне сәйкес келмейді</translation>
    </message>
    <message>
        <source>item body of unknown format {format}</source>
        <translation>материал мәтіні белгісіз {format} пішімінде</translation>
    </message>
    <message>
        <source>item body cut short</source>
        <translation>материал мәтіні қысқартылған</translation>
    </message>
    <message>
        <source>a {kind}, not a packed body</source>
        <translation>буып-түйілген мәтін емес, {kind} түріндегі мән</translation>
    </message>
    <message>
        <source>it is not a workspace backup</source>
        <translation>бұл жұмыс базасының сақтық көшірмесі емес</translation>
    </message>
    <message>
        <source>it was written in backup format {format}, which this version cannot read</source>
        <translation>ол осы нұсқа оқи алмайтын {format} сақтық көшірме пішімінде жазылған</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>оның тақырыбын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>it is incomplete (cut short, perhaps by a full disk or an interrupted copy)</source>
        <translation>ол толық емес (қысқартылған, мүмкін диск толып қалған немесе көшіру үзілген)</translation>
    </message>
    <message>
        <source>its list of page digests does not match its checksum</source>
        <translation>оның бет хештерінің тізімі бақылау сомасына сәйкес келмейді</translation>
    </message>
    <message>
        <source>its list of page digests cannot be read</source>
        <translation>оның бет хештерінің тізімін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>its list of page digests has the wrong length</source>
        <translation>оның бет хештерінің тізімінің ұзындығы қате</translation>
    </message>
    <message>
        <source>the copy changed while it was being read</source>
        <translation>көшірме оқылып жатқанда өзгерді</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (a damaged or altered file)</source>
        <translation>оның мазмұны бақылау сомасына сәйкес келмейді (файл бүлінген немесе өзгертілген)</translation>
    </message>
    <message>
        <source>it builds on the earlier backup {base}, which is missing</source>
        <translation>ол бұрынғы {base} көшірмесіне негізделген, ол жоқ</translation>
    </message>
    <message>
        <source>it builds on an earlier backup {base} that has since been replaced</source>
        <translation>ол бұрынғы {base} көшірмесіне негізделген, ол содан бері ауыстырылған</translation>
    </message>
    <message>
        <source>its chain of earlier backups loops</source>
        <translation>бұрынғы көшірмелер тізбегі тұйықталған</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>бұл SQLite базасы емес</translation>
    </message>
    <message>
        <source>{field}: needs a term after it</source>
        <translation>{field}: одан кейін іздеу сөзі керек</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>бос тіркес</translation>
    </message>
    <message>
        <source>cannot read {query} for PostgreSQL</source>
        <translation>{query} сұрауын PostgreSQL үшін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>a column filter needs &apos;:&apos;</source>
        <translation>өріс бойынша сүзгіге қос нүкте &apos;:&apos; керек</translation>
    </message>
    <message>
        <source>no column {column}</source>
        <translation>{column} өрісі жоқ</translation>
    </message>
    <message>
        <source>unexpected {token}</source>
        <translation>күтпеген {token}</translation>
    </message>
    <message>
        <source>not an Ed25519 key</source>
        <translation>бұл Ed25519 кілті емес</translation>
    </message>
    <message>
        <source>it is not this workspace&apos;s key</source>
        <translation>бұл осы жұмыс базасының кілті емес</translation>
    </message>
    <message>
        <source>not an Ed25519 public key</source>
        <translation>бұл Ed25519 ашық кілті емес</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>бос құжат</translation>
    </message>
    <message>
        <source>no &lt;opml&gt;&lt;body&gt;</source>
        <translation>&lt;opml&gt;&lt;body&gt; жоқ</translation>
    </message>
    <message>
        <source>wsKind {value} is not one of {kinds}</source>
        <translation>wsKind {value} мәні {kinds} тізімінде жоқ</translation>
    </message>
    <message>
        <source>wsCategory {value} is not one of {categories}</source>
        <translation>wsCategory {value} мәні {categories} санаттарының тізімінде жоқ</translation>
    </message>
    <message>
        <source>wsInterval is not a whole number of minutes</source>
        <translation>wsInterval минуттардың бүтін саны емес</translation>
    </message>
    <message>
        <source>wsEncoding {value} is not a known character encoding</source>
        <translation>wsEncoding {value} белгілі таңбалар кодтауы емес</translation>
    </message>
    <message>
        <source>wsSelectors is not JSON</source>
        <translation>wsSelectors JSON пішімінде емес</translation>
    </message>
    <message>
        <source>wsSelectors is not an object of CSS selectors</source>
        <translation>wsSelectors CSS селекторларынан тұратын нысан емес</translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation>аяқталмай тұрып тоқтатылды</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>{line}-жол: {reason}</translation>
    </message>
    <message>
        <source>{file} line {line}</source>
        <translation>{file}, {line}-жол</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>мәтін UTF-8 кодтауында емес</translation>
    </message>
    <message>
        <source>not a flat JSON object</source>
        <translation>жазық JSON нысаны емес</translation>
    </message>
    <message>
        <source>bad JSON ({reason})</source>
        <translation>JSON қатесі ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON нысаны емес</translation>
    </message>
    <message>
        <source>a field appears twice</source>
        <translation>өріс екі рет кездеседі</translation>
    </message>
    <message>
        <source>a row longer than {mib} MiB</source>
        <translation>жол {mib} МиБ-тан ұзын</translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation>{limit} жолдан көп</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>белгісіз өріс {field}</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} өрісі жоқ</translation>
    </message>
    <message>
        <source>{name} is not a UUID: {value}</source>
        <translation>{name} өрісі UUID емес: {value}</translation>
    </message>
    <message>
        <source>{name} is not a key: {value}</source>
        <translation>{name} өрісі кілт емес: {value}</translation>
    </message>
    <message>
        <source>{name} is not a SHA-256: {value}</source>
        <translation>{name} өрісі SHA-256 емес: {value}</translation>
    </message>
    <message>
        <source>{name} may not be empty (null)</source>
        <translation>{name} өрісі бос (null) бола алмайды</translation>
    </message>
    <message>
        <source>{name} should be text, not {value}</source>
        <translation>{name} өрісі {value} емес, мәтін болуы керек</translation>
    </message>
    <message>
        <source>{name} should be integer, not {value}</source>
        <translation>{name} өрісі {value} емес, бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>{name} should be real, not {value}</source>
        <translation>{name} өрісі {value} емес, сан болуы керек</translation>
    </message>
    <message>
        <source>{name} {value} is not one of {choices}</source>
        <translation>{name} өрісі: {value} мәні {choices} тізімінде жоқ</translation>
    </message>
    <message>
        <source>{name} is not a time: {value}</source>
        <translation>{name} өрісі уақыт емес: {value}</translation>
    </message>
    <message>
        <source>{name} {value} is neither in the bundle nor in this workspace</source>
        <translation>{name} өрісі: {value} пакетте де, осы жұмыс базасында да жоқ</translation>
    </message>
    <message>
        <source>key {value} is empty or appears twice</source>
        <translation>{value} кілті бос немесе екі рет кездеседі</translation>
    </message>
    <message>
        <source>uuid {uuid} appears twice</source>
        <translation>{uuid} uuid екі рет кездеседі</translation>
    </message>
    <message>
        <source>url {value} has no scheme</source>
        <translation>{value} мекенжайында схема жоқ</translation>
    </message>
    <message>
        <source>selectors are not JSON</source>
        <translation>селекторлар JSON пішімінде емес</translation>
    </message>
    <message>
        <source>selectors are not a JSON object of texts</source>
        <translation>селекторлар мәтіндерден тұратын JSON нысаны емес</translation>
    </message>
    <message>
        <source>url {value} is not a usable address</source>
        <translation>{value} мекенжайы жарамсыз</translation>
    </message>
    <message>
        <source>notice {notice} lists violation {violation} twice</source>
        <translation>{notice} хабарламасы {violation} бұзушылығын екі рет атайды</translation>
    </message>
    <message>
        <source>entity {value} is not one the audit log records</source>
        <translation>аудит журналы {value} түрлі жазбаларды жүргізбейді</translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation>{name} өрісі JSON пішімінде емес</translation>
    </message>
    <message>
        <source>not a date: {value} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>күн емес: {value} (ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА-ККTСС:ММ пішімі)</translation>
    </message>
    <message>
        <source>the period ends before it starts: {last} is before {first}</source>
        <translation>кезең басталмай тұрып аяқталады: {last} {first} уақытынан бұрын</translation>
    </message>
    <message>
        <source>unknown time zone: {zone}</source>
        <translation>белгісіз уақыт белдеуі: {zone}</translation>
    </message>
    <message>
        <source>name a tag to add or to remove (--add TAG, --remove TAG)</source>
        <translation>қосатын немесе алып тастайтын белгіні көрсетіңіз (--add TAG, --remove TAG)</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Күтпеген қате: {0}</translation>
    </message>
</context>
</TS>
