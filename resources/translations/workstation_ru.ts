<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertsButton</name>
    <message numerus="yes">
        <source>⚠ %n alert(s)</source>
        <translation>
            <numerusform>⚠ %n оповещение</numerusform>
            <numerusform>⚠ %n оповещения</numerusform>
            <numerusform>⚠ %n оповещений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch rules matched %n new item(s)</source>
        <translation>
            <numerusform>Правила отслеживания нашли %n новый материал</numerusform>
            <numerusform>Правила отслеживания нашли %n новых материала</numerusform>
            <numerusform>Правила отслеживания нашли %n новых материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>New briefing</source>
        <translation>Новый брифинг</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>BulkIntakeDialog</name>
    <message>
        <source>Bulk intake of addresses</source>
        <translation>Пакетный ввод адресов</translation>
    </message>
    <message>
        <source>Paste addresses, one per line (defanged is fine), or open a CSV or text file. Duplicates are reported, not recorded twice.</source>
        <translation>Вставьте адреса, по одному в строке (можно в обезвреженном виде), или откройте файл CSV или TXT. Дубликаты будут показаны, но не зарегистрированы повторно.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Record violations</source>
        <translation>Зарегистрировать нарушения</translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation>Адрес (обезврежен)</translation>
    </message>
    <message>
        <source>Already recorded as violation</source>
        <translation>Уже зарегистрировано как нарушение №</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>New violations</source>
        <translation>Новые нарушения</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>По доменам</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Не распознано</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Тип нарушения</translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation>Открыть список адресов</translation>
    </message>
    <message>
        <source>Address lists (*.csv *.txt);;All files (*)</source>
        <translation>Списки адресов (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation>Не удалось прочитать файл: {0}</translation>
    </message>
    <message>
        <source>Paste some addresses first.</source>
        <translation>Сначала вставьте адреса.</translation>
    </message>
    <message>
        <source>Choose a violation type.</source>
        <translation>Выберите тип нарушения.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Регистрация…</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) recorded</source>
        <translation>
            <numerusform>%n нарушение зарегистрировано</numerusform>
            <numerusform>%n нарушения зарегистрированы</numerusform>
            <numerusform>%n нарушений зарегистрировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) not recorded again</source>
        <translation>
            <numerusform>%n дубликат не зарегистрирован повторно</numerusform>
            <numerusform>%n дубликата не зарегистрированы повторно</numerusform>
            <numerusform>%n дубликатов не зарегистрировано повторно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not usable</source>
        <translation>
            <numerusform>%n строка не распознана</numerusform>
            <numerusform>%n строки не распознаны</numerusform>
            <numerusform>%n строк не распознано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n домен</numerusform>
            <numerusform>%n домена</numerusform>
            <numerusform>%n доменов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturesView</name>
    <message>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Final address (defanged)</source>
        <translation>Конечный адрес (обезвреженный)</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>WARC SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Capture pending (no network): %1</source>
        <translation>Снимок ожидает (нет сети): %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ИЗМЕНЕНО</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>всё ещё в сети</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>неясно</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Select a case in the list to see it here, or open a new one with “New case…” (Ctrl+Shift+N) from items selected in the Items tab.</source>
        <translation>Выберите дело в списке, чтобы увидеть его здесь, или откройте новое через «Новое дело…» (Ctrl+Shift+N) из материалов, выбранных на вкладке «Материалы».</translation>
    </message>
    <message>
        <source>Record refutation…</source>
        <translation>Зарегистрировать опровержение…</translation>
    </message>
    <message>
        <source>Attach items selected in the list</source>
        <translation>Добавить выбранные в списке материалы</translation>
    </message>
    <message>
        <source>Attach selected copies</source>
        <translation>Добавить выбранные копии</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation>Похожие материалы</translation>
    </message>
    <message>
        <source>Refutations</source>
        <translation>Опровержения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Кем опубликовано</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим сотрудником</translation>
    </message>
    <message>
        <source>Reload the case now?</source>
        <translation>Загрузить дело заново?</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>resonant</source>
        <translation>негативная или резонансная тема</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>First official response</source>
        <translation>Первое официальное реагирование</translation>
    </message>
    <message>
        <source>Not resonant</source>
        <translation>Снять резонанс</translation>
    </message>
    <message>
        <source>Mark resonant</source>
        <translation>Отметить резонанс</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ИЗМЕНЕНО</translation>
    </message>
    <message>
        <source>Not a fake</source>
        <translation>Не фейк</translation>
    </message>
    <message>
        <source>Why is this not a fake?</source>
        <translation>Почему это не фейк?</translation>
    </message>
    <message>
        <source>appearance (copy of the fake)</source>
        <translation>появление (копия фейка)</translation>
    </message>
    <message>
        <source>refutation</source>
        <translation>опровержение</translation>
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
        <translation>Новое дело о фейке</translation>
    </message>
    <message>
        <source>The false claim in one or two sentences</source>
        <translation>Ложное утверждение в одном-двух предложениях</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Negative or resonant topic: start the golden-hour clock</source>
        <translation>Негативная или резонансная тема: запустить отсчёт «золотого часа»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Время выявления</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) will be attached as evidence.</source>
        <translation>
            <numerusform>%n выбранный материал будет приложен как доказательство.</numerusform>
            <numerusform>%n выбранных материала будут приложены как доказательства.</numerusform>
            <numerusform>%n выбранных материалов будут приложены как доказательства.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Item attached</source>
        <translation>Материал прикреплён</translation>
    </message>
    <message>
        <source>Item&apos;s role changed</source>
        <translation>Роль материала изменена</translation>
    </message>
    <message>
        <source>Refutation recorded</source>
        <translation>Опровержение зарегистрировано</translation>
    </message>
    <message>
        <source>Statement recorded</source>
        <translation>Заявление зарегистрировано</translation>
    </message>
    <message>
        <source>First official response</source>
        <translation>Первое официальное реагирование</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Under verification</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Confirmed fake</source>
        <translation>Фейк подтверждён</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Опровергнуто</translation>
    </message>
    <message>
        <source>Not a fake</source>
        <translation>Не фейк</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Начать проверку</translation>
    </message>
    <message>
        <source>Confirm fake</source>
        <translation>Подтвердить фейк</translation>
    </message>
    <message>
        <source>Mark refuted</source>
        <translation>Отметить опровергнутым</translation>
    </message>
    <message>
        <source>Not a fake…</source>
        <translation>Не фейк…</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>Вернуть в новые</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Open cases</source>
        <translation>Незакрытые дела</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>New fake case from selected items…</source>
        <translation>Новое дело о фейке из выбранных материалов…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Refutations</source>
        <translation>Опровержения</translation>
    </message>
    <message>
        <source>Case opened: {0}</source>
        <translation>Дело открыто: {0}</translation>
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
        <translation>Официальный сайт</translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Social network account</source>
        <translation>Аккаунт в социальной сети</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Video project</source>
        <translation>Видеопроект</translation>
    </message>
    <message>
        <source>Refutation</source>
        <translation>Опровержение</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Save this chart as an image, at the size it has in the PDF</source>
        <translation>Сохранить диаграмму как изображение в том же размере, что и в PDF</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close as unfounded</source>
        <translation>Закрыть как необоснованное</translation>
    </message>
    <message>
        <source>Why is this not a violation?</source>
        <translation>Почему это не нарушение?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Platform directory</source>
        <translation>Справочник платформ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Domains (separated by spaces)</source>
        <translation>Домены (через пробел)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add platform</source>
        <translation>Добавить платформу</translation>
    </message>
    <message>
        <source>Notices for addresses on these domains go to the platform&apos;s legal representative by default.</source>
        <translation>Уведомления по адресам на этих доменах по умолчанию направляются законному представителю платформы.</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) saved.</source>
        <translation>
            <numerusform>Сохранена %n платформа.</numerusform>
            <numerusform>Сохранены %n платформы.</numerusform>
            <numerusform>Сохранено %n платформ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreValue</name>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>item</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>watch rule</source>
        <translation>правило отслеживания</translation>
    </message>
    <message>
        <source>saved search</source>
        <translation>сохранённый поиск</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>case item</source>
        <translation>материал дела</translation>
    </message>
    <message>
        <source>refutation</source>
        <translation>опровержение</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>нарушение</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>уведомление</translation>
    </message>
    <message>
        <source>access restriction</source>
        <translation>ограничение доступа</translation>
    </message>
    <message>
        <source>page capture</source>
        <translation>снимок страницы</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>media plan event</source>
        <translation>мероприятие медиаплана</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>брифинг</translation>
    </message>
    <message>
        <source>platform in the directory</source>
        <translation>платформа из справочника</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>правовое основание</translation>
    </message>
    <message>
        <source>radar story</source>
        <translation>сюжет радара</translation>
    </message>
    <message>
        <source>radar alert</source>
        <translation>оповещение радара</translation>
    </message>
    <message>
        <source>this workspace&apos;s version</source>
        <translation>версия этой рабочей базы</translation>
    </message>
    <message>
        <source>the bundle&apos;s version</source>
        <translation>версия из пакета</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} дн. {1} ч</translation>
    </message>
    <message>
        <source>{0} left · {1}</source>
        <translation>осталось {0} · {1}</translation>
    </message>
    <message>
        <source>OVERDUE {0} · {1}</source>
        <translation>ПРОСРОЧЕНО {0} · {1}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>Экспорт сводки в PDF…</translation>
    </message>
    <message>
        <source>The summary for the chosen period, in Kazakh, Russian or English</source>
        <translation>Сводка за выбранный период на казахском, русском или английском языке</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Briefings and media plan</source>
        <translation>Брифинги и медиаплан</translation>
    </message>
    <message>
        <source>Nothing to report in this period: no case, violation, notice, refutation or briefing.</source>
        <translation>За этот период отчитываться не о чем: нет дел, нарушений, уведомлений, опровержений или брифингов.</translation>
    </message>
    <message>
        <source>The nearest period with data: {0} – {1}.</source>
        <translation>Ближайший период с данными: {0} – {1}.</translation>
    </message>
    <message>
        <source>Show {0} – {1}</source>
        <translation>Показать {0} – {1}</translation>
    </message>
    <message>
        <source>compared with {0} – {1}</source>
        <translation>в сравнении с {0} – {1}</translation>
    </message>
    <message>
        <source>Building the PDF summary…</source>
        <translation>Формируется сводка в PDF…</translation>
    </message>
    <message>
        <source>PDF summary saved: {0}</source>
        <translation>Сводка в PDF сохранена: {0}</translation>
    </message>
    <message>
        <source>The PDF summary was not saved: {0}</source>
        <translation>Сводка в PDF не сохранена: {0}</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DeadlinesDock</name>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Escalate to access restriction…</source>
        <translation>Запросить ограничение доступа…</translation>
    </message>
    <message>
        <source>The deadline has passed and the material is still online: request access restriction</source>
        <translation>Срок истёк, а материал всё ещё доступен: запросите ограничение доступа</translation>
    </message>
    <message>
        <source>Removal deadlines passed</source>
        <translation>Сроки удаления истекли</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) are already overdue</source>
        <translation>
            <numerusform>%n уведомление уже просрочено</numerusform>
            <numerusform>%n уведомления уже просрочены</numerusform>
            <numerusform>%n уведомлений уже просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removal notice(s) overdue: see Deadlines</source>
        <translation>
            <numerusform>%n уведомление об удалении просрочено: см. «Сроки»</numerusform>
            <numerusform>%n уведомления об удалении просрочены: см. «Сроки»</numerusform>
            <numerusform>%n уведомлений об удалении просрочено: см. «Сроки»</numerusform>
        </translation>
    </message>
    <message>
        <source>No removal notice is waiting for its deadline.</source>
        <translation>Нет уведомлений об удалении, ожидающих истечения срока.</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline counted from receipt at {0}</source>
        <translation>Срок исчисляется с момента получения ({0})</translation>
    </message>
    <message>
        <source>Deadline counted from sending: receipt not yet confirmed</source>
        <translation>Срок исчисляется с момента отправки: получение ещё не подтверждено</translation>
    </message>
    <message>
        <source>Notice to {0}</source>
        <translation>Адресат уведомления: {0}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>всё ещё в сети</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>неясно</translation>
    </message>
    <message>
        <source>Last check {0}: {1}, suggests {2}</source>
        <translation>Последняя проверка {0}: {1}, предложение: {2}</translation>
    </message>
    <message>
        <source>Removal deadline passed</source>
        <translation>Истёк срок удаления</translation>
    </message>
    <message>
        <source>Not confirmed removed: {0}. Consider access restriction.</source>
        <translation>Удаление не подтверждено: {0}. Рассмотрите ограничение доступа.</translation>
    </message>
    <message>
        <source>Removal deadline passed: {0} (notice to {1})</source>
        <translation>Истёк срок удаления: {0} (уведомление адресату: {1})</translation>
    </message>
    <message>
        <source>Show violation</source>
        <translation>Показать нарушение</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Fakes refuted in {0}</source>
        <translation>Опровергнутые фейки за {0}</translation>
    </message>
    <message>
        <source>Violations: {0}</source>
        <translation>Нарушения: {0}</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Access restriction</source>
        <translation>Ограничение доступа</translation>
    </message>
    <message>
        <source>A notice whose deadline passed without removal</source>
        <translation>Уведомление, срок которого истёк без удаления</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <source>Order of an authorised body</source>
        <translation>Предписание уполномоченного органа</translation>
    </message>
    <message>
        <source>Leave empty if the order has not been issued yet</source>
        <translation>Оставьте пустым, если предписание ещё не вынесено</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Fetched {0} sources: {1} new items, {2} failed.</source>
        <translation>Загружено источников: {0}; новых материалов: {1}; с ошибкой: {2}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: words, &quot;phrase&quot;, prefix*, AND OR NOT, title:…  (Ctrl+F)</source>
        <translation>Поиск: слова, &quot;фраза&quot;, префикс*, AND OR NOT, title:…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case and keyboard layout do not matter: утыс finds ұтыс.</source>
        <translation>Регистр и раскладка не важны: утыс найдёт ұтыс.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Выбрать период</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Сохранить поиск…</translation>
    </message>
</context>
<context>
    <name>FormsReindex</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop filling in word forms; it goes on at the next start</source>
        <translation>Остановить заполнение словоформ; продолжится при следующем запуске</translation>
    </message>
    <message>
        <source>Updating the search index for word forms…</source>
        <translation>Обновление поискового индекса для словоформ…</translation>
    </message>
    <message>
        <source>Compacting item bodies and the search index: {0} of {1} items (reading and search work meanwhile)</source>
        <translation>Сжатие текстов материалов и поискового индекса: {0} из {1} материалов (чтение и поиск работают)</translation>
    </message>
    <message>
        <source>Compacting stopped; {0} items left</source>
        <translation>Сжатие остановлено; осталось материалов: {0}</translation>
    </message>
    <message>
        <source>Compacted {0} items; new items reuse the space freed</source>
        <translation>Сжато материалов: {0}; освободившееся место займут новые материалы</translation>
    </message>
    <message>
        <source>Updating the search index for word forms: {0} of {1} items (search finds exact words until it is done)</source>
        <translation>Обновление поискового индекса для словоформ: {0} из {1} материалов (пока не закончится, поиск находит точные слова)</translation>
    </message>
    <message>
        <source>Search index update stopped; {0} items left</source>
        <translation>Обновление поискового индекса остановлено; осталось материалов: {0}</translation>
    </message>
    <message>
        <source>Search index updated: word forms for {0} items</source>
        <translation>Поисковый индекс обновлён: словоформы для {0} материалов</translation>
    </message>
</context>
<context>
    <name>GoldenHourDock</name>
    <message>
        <source>Golden hour</source>
        <translation>Золотой час</translation>
    </message>
    <message numerus="yes">
        <source>%n resonant case(s) are past their golden hour</source>
        <translation>
            <numerusform>У %n резонансного дела истёк золотой час</numerusform>
            <numerusform>У %n резонансных дел истёк золотой час</numerusform>
            <numerusform>У %n резонансных дел истёк золотой час</numerusform>
        </translation>
    </message>
    <message>
        <source>Golden hour is over</source>
        <translation>«Золотой час» истёк</translation>
    </message>
    <message>
        <source>No official response yet: {0}</source>
        <translation>Официального реагирования пока нет: {0}</translation>
    </message>
    <message>
        <source>Golden hour is over with no official response: {0}</source>
        <translation>«Золотой час» истёк без официального реагирования: {0}</translation>
    </message>
    <message>
        <source>No resonant case is waiting for a response.</source>
        <translation>Нет резонансных дел, ожидающих реагирования.</translation>
    </message>
</context>
<context>
    <name>HeadlineView</name>
    <message>
        <source>Previous period: {0}</source>
        <translation>Предыдущий период: {0}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Resonant</source>
        <translation>Резонансное</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>First official response</source>
        <translation>Первое официальное реагирование</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation>Удалено в срок</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Вид предписания</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <source>Recipient&apos;s address or e-mail</source>
        <translation>Адрес или электронная почта получателя</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Larger text in the item view</source>
        <translation>Крупнее текст материала</translation>
    </message>
    <message>
        <source>Smaller text in the item view</source>
        <translation>Мельче текст материала</translation>
    </message>
    <message>
        <source>Default text size in the item view</source>
        <translation>Обычный размер текста материала</translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation>Выберите материал, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>(no date in the source; first fetched)</source>
        <translation>(в источнике нет даты; время первой загрузки)</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation>(источник удалён)</translation>
    </message>
    <message>
        <source>defanged; click to open deliberately</source>
        <translation>ссылка обезврежена; нажмите, чтобы открыть осознанно</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>не адрес</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>Only web links (http, https) open from the workstation. This one is {0} and was not opened:

{1}</source>
        <translation>Из рабочей станции открываются только веб-ссылки (http, https). Эта ссылка — {0}, она не открыта:

{1}</translation>
    </message>
    <message>
        <source>Open link in browser?</source>
        <translation>Открыть ссылку в браузере?</translation>
    </message>
    <message>
        <source>This link may lead to a phishing or fraudulent page.

The browser would go to: {0}

Full address: {1}

Open it in the system browser?</source>
        <translation>Ссылка может вести на фишинговую или мошенническую страницу.

Браузер перейдёт на: {0}

Полный адрес: {1}

Открыть её в системном браузере?</translation>
    </message>
</context>
<context>
    <name>ItemsActions</name>
    <message>
        <source>Fetch all sources</source>
        <translation>Загрузить все источники</translation>
    </message>
    <message>
        <source>Fetch selected source</source>
        <translation>Загрузить выбранный источник</translation>
    </message>
    <message>
        <source>Cancel fetching</source>
        <translation>Остановить загрузку</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Mark read / unread</source>
        <translation>Прочитано / не прочитано</translation>
    </message>
    <message>
        <source>Star / unstar</source>
        <translation>В избранное / убрать</translation>
    </message>
    <message>
        <source>Mark all in list read</source>
        <translation>Отметить весь список прочитанным</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Следующий материал</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Предыдущий материал</translation>
    </message>
    <message>
        <source>Open link in browser…</source>
        <translation>Открыть ссылку в браузере…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Отметить…</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Добавить источник…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Изменить источник…</translation>
    </message>
    <message>
        <source>Remove source…</source>
        <translation>Удалить источник…</translation>
    </message>
    <message>
        <source>Import saved files…</source>
        <translation>Импорт сохранённых файлов…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Импорт OPML…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>Экспорт OPML…</translation>
    </message>
    <message>
        <source>Tag with</source>
        <translation>Отметить как</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>The source gave no date: this is when the item was first fetched.</source>
        <translation>Источник не указал дату: это время первой загрузки материала.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation>(источник удалён)</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>No item matches «{0}».</source>
        <translation>По запросу «{0}» материалов не найдено.</translation>
    </message>
    <message>
        <source>No item matches the chosen filters.</source>
        <translation>Нет материалов, подходящих под выбранные фильтры.</translation>
    </message>
    <message>
        <source>Words that start with these: {0}</source>
        <translation>Слова, которые начинаются так: {0}</translation>
    </message>
    <message>
        <source>Typed in the other keyboard layout? {0}</source>
        <translation>Набрано в другой раскладке? {0}</translation>
    </message>
    <message>
        <source>Search without the filters ({0}): {1}</source>
        <translation>Искать без фильтров ({0}): {1}</translation>
    </message>
    <message>
        <source>remove the filters</source>
        <translation>убрать фильтры</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>показан %n материал</numerusform>
            <numerusform>показано %n материала</numerusform>
            <numerusform>показано %n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Tag removed: {0}</source>
        <translation>Метка снята: {0}</translation>
    </message>
    <message>
        <source>Tagged: {0}</source>
        <translation>Отмечено: {0}</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Название сохранённого поиска:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>This workspace is open read-only (its file or folder cannot be written, or the program was started with --read-only): viewing, search and reports work; changes are not saved.</source>
        <translation>Рабочая база открыта только для чтения (её файл или папка недоступны для записи, или программа запущена с --read-only): просмотр, поиск и отчёты работают, изменения не сохраняются.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift access restriction</source>
        <translation>Снять ограничение доступа</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Lifted at</source>
        <translation>Время снятия</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media Monitoring Workstation</source>
        <translation>Рабочее место мониторинга СМИ</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстрационная рабочая база</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Материалы</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Fake cases</source>
        <translation>Фейки</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
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
        <translation>Направить уведомление об удалении</translation>
    </message>
    <message>
        <source>One notice goes to each platform or website, listing its addresses</source>
        <translation>Каждой платформе или сайту направляется одно уведомление с перечнем его адресов</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>A legal representative from the platform directory, or type the resource&apos;s administration</source>
        <translation>Законный представитель из справочника платформ или введите администрацию ресурса</translation>
    </message>
    <message>
        <source>Postal address or e-mail, as the letter gives it</source>
        <translation>Почтовый адрес или электронная почта, как в письме</translation>
    </message>
    <message>
        <source>Show the addresses defanged (on screen only: the letter keeps them exact)</source>
        <translation>Показать адреса в обезвреженном виде (только на экране: в письме они остаются точными)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Зарегистрировать как направленное</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Recipient&apos;s address or e-mail</source>
        <translation>Адрес или электронная почта получателя</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Язык уведомления</translation>
    </message>
    <message>
        <source>Text of the notice as it will be sent</source>
        <translation>Текст уведомления в том виде, в каком оно будет отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n адрес</numerusform>
            <numerusform>%n адреса</numerusform>
            <numerusform>%n адресов</numerusform>
        </translation>
    </message>
    <message>
        <source>issuing body (Settings)</source>
        <translation>орган-отправитель (Настройки)</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>recipient&apos;s address or e-mail</source>
        <translation>адрес или электронная почта получателя</translation>
    </message>
    <message>
        <source>type of violation</source>
        <translation>вид нарушения</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>правовое основание</translation>
    </message>
    <message>
        <source>address for the confirmation of removal (Settings: Contact)</source>
        <translation>адрес для подтверждения удаления (Настройки: Контакт)</translation>
    </message>
    <message>
        <source>signatory&apos;s position (Settings)</source>
        <translation>должность подписанта (Настройки)</translation>
    </message>
    <message>
        <source>signatory&apos;s name (Settings)</source>
        <translation>ФИО подписанта (Настройки)</translation>
    </message>
    <message>
        <source>executor (Settings: Author)</source>
        <translation>исполнитель (Настройки: Исполнитель)</translation>
    </message>
    <message>
        <source>executor&apos;s phone (Settings)</source>
        <translation>телефон исполнителя (Настройки)</translation>
    </message>
    <message>
        <source>Before sending, fill in: {0}</source>
        <translation>Перед отправкой заполните: {0}</translation>
    </message>
    <message>
        <source>The text of the notice is on the clipboard.</source>
        <translation>Текст уведомления скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Сохранить уведомление в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>The PDF was not saved: {0}</source>
        <translation>PDF не сохранён: {0}</translation>
    </message>
    <message>
        <source>Choose or type the recipient.</source>
        <translation>Выберите или введите получателя.</translation>
    </message>
</context>
<context>
    <name>NoticeLanguage</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Platform&apos;s web form</source>
        <translation>Веб-форма платформы</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Awaiting removal</source>
        <translation>Ожидается удаление</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Notice outcome</source>
        <translation>Результат уведомления</translation>
    </message>
    <message>
        <source>The material was removed</source>
        <translation>Материал удалён</translation>
    </message>
    <message>
        <source>The material was not removed</source>
        <translation>Материал не удалён</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Адресат уведомления</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Время проверки</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export PDF summary</source>
        <translation>Экспорт сводки в PDF</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Язык сводки</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Editable letter (*.docx)</source>
        <translation>Документ PDF (*.pdf);;Редактируемое письмо (*.docx)</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Выбрать период</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Сравнить с предыдущим периодом</translation>
    </message>
    <message>
        <source>Show the change against the period of the same length just before</source>
        <translation>Показать изменение по сравнению с предшествующим периодом той же длительности</translation>
    </message>
</context>
<context>
    <name>PlanEventDialog</name>
    <message>
        <source>New media plan event</source>
        <translation>Новое мероприятие медиаплана</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Запланировано на</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Площадка</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Briefings</source>
        <translation>Брифинги</translation>
    </message>
    <message>
        <source>Media plan</source>
        <translation>Медиаплан</translation>
    </message>
    <message>
        <source>Add briefing…</source>
        <translation>Добавить брифинг…</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Добавить мероприятие…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт из CSV…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Mark the selected media plan event done, moved or cancelled</source>
        <translation>Отметить выбранное мероприятие медиаплана выполненным, перенесённым или отменённым</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Mark moved</source>
        <translation>Отметить перенесённым</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Отметить отменённым</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Вернуть в запланированные</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Запланировано на</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>CSV columns: date, state_body, speakers, topics, url</source>
        <translation>Столбцы CSV: date, state_body, speakers, topics, url</translation>
    </message>
    <message>
        <source>CSV columns: planned_date, state_body, topic, channel, status (planned, done, moved, cancelled), done_date</source>
        <translation>Столбцы CSV: planned_date, state_body, topic, channel, status (planned, done, moved, cancelled), done_date</translation>
    </message>
    <message>
        <source>Briefing added</source>
        <translation>Брифинг добавлен</translation>
    </message>
    <message>
        <source>Media plan event added</source>
        <translation>Мероприятие медиаплана добавлено</translation>
    </message>
    <message>
        <source>Media plan event marked: {0}</source>
        <translation>Мероприятие медиаплана отмечено: {0}</translation>
    </message>
    <message>
        <source>Import briefings</source>
        <translation>Импорт брифингов</translation>
    </message>
    <message>
        <source>Import media plan</source>
        <translation>Импорт медиаплана</translation>
    </message>
    <message>
        <source>CSV table (*.csv *.txt)</source>
        <translation>Таблица CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>импортирована %n строка</numerusform>
            <numerusform>импортировано %n строки</numerusform>
            <numerusform>импортировано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>пропущена %n строка</numerusform>
            <numerusform>пропущено %n строки</numerusform>
            <numerusform>пропущено %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows were not imported</source>
        <translation>Некоторые строки не импортированы</translation>
    </message>
    <message>
        <source>These rows were skipped:</source>
        <translation>Пропущены строки:</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
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
        <translation>Показать опровержение</translation>
    </message>
    <message>
        <source>Mute story</source>
        <translation>Заглушить сюжет</translation>
    </message>
    <message>
        <source>Mute source</source>
        <translation>Заглушить источник</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Open a resonant case for this story, detected at the time of the spike</source>
        <translation>Открыть резонансное дело по этому сюжету; время выявления — момент всплеска</translation>
    </message>
    <message>
        <source>No more alerts for this story</source>
        <translation>Больше не оповещать об этом сюжете</translation>
    </message>
    <message>
        <source>No more alerts from this source</source>
        <translation>Больше не оповещать о материалах этого источника</translation>
    </message>
    <message>
        <source>Seen: remove the alert from the list</source>
        <translation>Просмотрено: убрать оповещение из списка</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) spreading faster than usual</source>
        <translation>
            <numerusform>%n сюжет распространяется быстрее обычного</numerusform>
            <numerusform>%n сюжета распространяются быстрее обычного</numerusform>
            <numerusform>%n сюжетов распространяются быстрее обычного</numerusform>
        </translation>
    </message>
    <message>
        <source>Story spreading fast</source>
        <translation>Сюжет быстро распространяется</translation>
    </message>
    <message>
        <source>Radar: {0} ({1})</source>
        <translation>Радар: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last hour, normally {0}</source>
        <translation>
            <numerusform>%n за последний час, обычно {0}</numerusform>
            <numerusform>%n за последний час, обычно {0}</numerusform>
            <numerusform>%n за последний час, обычно {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in an hour at {1}, normally {0}</source>
        <translation>
            <numerusform>%n за час на {1}, обычно {0}</numerusform>
            <numerusform>%n за час на {1}, обычно {0}</numerusform>
            <numerusform>%n за час на {1}, обычно {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s): {0}</source>
        <translation>
            <numerusform>%n источник: {0}</numerusform>
            <numerusform>%n источника: {0}</numerusform>
            <numerusform>%n источников: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuted claim: the refutation is ready to publish again</source>
        <translation>Опровергнутое утверждение: опровержение готово к повторной публикации</translation>
    </message>
    <message>
        <source>Resonant case opened</source>
        <translation>Резонансное дело открыто</translation>
    </message>
    <message>
        <source>Refuted in the case: {0}</source>
        <translation>Опровергнуто в деле: {0}</translation>
    </message>
    <message>
        <source>No story is spreading faster than usual.</source>
        <translation>Ни один сюжет не распространяется быстрее обычного.</translation>
    </message>
    <message>
        <source>Show resonant case</source>
        <translation>Показать резонансное дело</translation>
    </message>
    <message>
        <source>Open resonant case</source>
        <translation>Открыть резонансное дело</translation>
    </message>
    <message>
        <source>Resonant case opened: {0}</source>
        <translation>Открыто резонансное дело: {0}</translation>
    </message>
    <message>
        <source>Story muted: {0}</source>
        <translation>Сюжет заглушён: {0}</translation>
    </message>
    <message>
        <source>Source muted: {0}</source>
        <translation>Источник заглушён: {0}</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title or address</source>
        <translation>Заголовок или адрес</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record an official response</source>
        <translation>Зарегистрировать официальное реагирование</translation>
    </message>
    <message>
        <source>The body that published it</source>
        <translation>Орган, который его опубликовал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Кем опубликовано</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Watch rules</source>
        <translation>Правила отслеживания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>e.g. 5G OR вышка*, розыгрыш OR &quot;ұтыс ойыны&quot;, фишинг</source>
        <translation>например: 5G OR вышка*, розыгрыш OR &quot;ұтыс ойыны&quot;, фишинг</translation>
    </message>
    <message>
        <source>Raise an alert for each new match</source>
        <translation>Оповещать о каждом новом совпадении</translation>
    </message>
    <message>
        <source>Also tag matching items already stored</source>
        <translation>Отметить и уже сохранённые подходящие материалы</translation>
    </message>
    <message>
        <source>Test on stored items</source>
        <translation>Проверить на сохранённых</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <source>Delete selected rule</source>
        <translation>Удалить выбранное правило</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored item(s) match this rule.</source>
        <translation>
            <numerusform>Правилу соответствует %n сохранённый материал.</numerusform>
            <numerusform>Правилу соответствуют %n сохранённых материала.</numerusform>
            <numerusform>Правилу соответствуют %n сохранённых материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule saved: {0}</source>
        <translation>Правило сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Recorded on every tag and decision you make.</source>
        <translation>Записывается в каждую вашу метку и каждое решение.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>только вручную</translation>
    </message>
    <message>
        <source>System proxy (e.g. http://proxy.local:3128)</source>
        <translation>Системный прокси (например, http://proxy.local:3128)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Имя аналитика</translation>
    </message>
    <message>
        <source>Look for sources due to fetch every</source>
        <translation>Проверять, какие источники пора загрузить, каждые</translation>
    </message>
    <message>
        <source>Each source is fetched when its own interval has passed.</source>
        <translation>Каждый источник загружается, когда истёк его собственный интервал.</translation>
    </message>
    <message>
        <source>Sources fetched at once</source>
        <translation>Источников одновременно</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Day boundaries, months and shown times of this workspace&apos;s figures use this zone, with its historical offsets.</source>
        <translation>Границы суток, месяцы и показываемое время в показателях этой рабочей базы — по этому часовому поясу, с его историческими смещениями.</translation>
    </message>
    <message>
        <source>The authorised body that sends removal notices</source>
        <translation>Уполномоченный орган, направляющий уведомления об удалении</translation>
    </message>
    <message>
        <source>{seq}: the register&apos;s number within the year; {year}: the year. For example 04-2/{seq}</source>
        <translation>{seq}: порядковый номер в журнале регистрации за год; {year}: год. Например, 04-2/{seq}</translation>
    </message>
    <message>
        <source>Notices ask the recipient to confirm removal to this address.</source>
        <translation>В уведомлениях получателя просят подтвердить удаление по этому адресу.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая база</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>This workspace (shared by everyone who opens it)</source>
        <translation>Эта рабочая база (общая для всех, кто её открывает)</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Часовой пояс отчётности</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Блок подписи</translation>
    </message>
    <message>
        <source>Issuing body of notices</source>
        <translation>Орган, направляющий уведомления</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>ФИО подписанта</translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation>Телефон исполнителя</translation>
    </message>
    <message>
        <source>Outgoing number format</source>
        <translation>Формат исходящего номера</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Неизвестный часовой пояс: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Remove the source &quot;{0}&quot;?

Items you starred, tagged or used in a case are kept.</source>
        <translation>Удалить источник «{0}»?

Материалы, которые вы добавили в избранное, отметили или включили в дело, сохранятся.</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <source>Import saved feeds and pages</source>
        <translation>Импорт сохранённых лент и страниц</translation>
    </message>
    <message>
        <source>Feeds and pages (*.xml *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation>Ленты и страницы (*.xml *.rss *.atom *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Импорт OPML</translation>
    </message>
    <message>
        <source>Imported {0} sources; {1} already present; {2} held disabled (local addresses).</source>
        <translation>Импортировано источников: {0}; уже были: {1}; отключены до проверки (локальные адреса): {2}.</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Экспорт OPML</translation>
    </message>
    <message>
        <source>Exported {0} sources.</source>
        <translation>Экспортировано источников: {0}.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Feed or site address, t.me/channel, @channel, YouTube channel, file path</source>
        <translation>Адрес ленты или сайта, t.me/канал, @канал, канал YouTube, путь к файлу</translation>
    </message>
    <message>
        <source>Detect from the address</source>
        <translation>Определить по адресу</translation>
    </message>
    <message>
        <source>RSS/Atom feed</source>
        <translation>Лента RSS/Atom</translation>
    </message>
    <message>
        <source>Website page (selectors)</source>
        <translation>Страница сайта (селекторы)</translation>
    </message>
    <message>
        <source>Telegram channel</source>
        <translation>Канал Telegram</translation>
    </message>
    <message>
        <source>YouTube channel</source>
        <translation>Канал YouTube</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>Default: the feed&apos;s own title</source>
        <translation>По умолчанию — название из ленты</translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Социальная сеть</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Fetch this source</source>
        <translation>Загружать этот источник</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>CSS selectors for a website page without a feed</source>
        <translation>CSS-селекторы для страницы сайта без ленты</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>Загружать каждые</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Read the source once now and list the items it would add, without saving anything</source>
        <translation>Прочитать источник один раз сейчас и показать материалы, которые он добавит, ничего не сохраняя</translation>
    </message>
    <message>
        <source>Enter the source&apos;s address first.</source>
        <translation>Сначала введите адрес источника.</translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation>Чтение источника…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>The source answered, but it has no items to add.</source>
        <translation>Источник ответил, но материалов для добавления в нём нет.</translation>
    </message>
    <message numerus="yes">
        <source>The source gives %n item(s); the first ones:</source>
        <translation>
            <numerusform>Источник даёт %n материал; первые из них:</numerusform>
            <numerusform>Источник даёт %n материала; первые из них:</numerusform>
            <numerusform>Источник даёт %n материалов; первые из них:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source gives %n item(s):</source>
        <translation>
            <numerusform>Источник даёт %n материал:</numerusform>
            <numerusform>Источник даёт %n материала:</numerusform>
            <numerusform>Источник даёт %n материалов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the source: {0}</source>
        <translation>Не удалось прочитать источник: {0}</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>All items</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Kept from removed sources</source>
        <translation>Сохранённые из удалённых источников</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>{0} items, {1} unread</source>
        <translation>материалов: {0}, непрочитанных: {1}</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>Последняя ошибка: {0}</translation>
    </message>
    <message>
        <source>Read with repairs, items past the damage may be missing: {0}</source>
        <translation>Прочитано с исправлениями, материалы после повреждения могут отсутствовать: {0}</translation>
    </message>
    <message>
        <source>{0} (held)</source>
        <translation>{0} (ожидает проверки)</translation>
    </message>
    <message>
        <source>Disabled until you enable it: {0}</source>
        <translation>Отключён, пока вы его не включите: {0}</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your workspace is empty. Open the demo workspace (a few hundred example items in Kazakh and Russian, no network needed) to look around?</source>
        <translation>Рабочая база пуста. Открыть демонстрационную базу (несколько сотен примеров материалов на казахском и русском, без сети), чтобы осмотреться?</translation>
    </message>
    <message>
        <source>The workspace was restored from {0}. The previous file is kept as {1}.</source>
        <translation>Рабочая база восстановлена из {0}. Прежний файл сохранён как {1}.</translation>
    </message>
    <message>
        <source>Password for the team workspace {0}:</source>
        <translation>Пароль общей рабочей базы {0}:</translation>
    </message>
    <message>
        <source>{0}

Restore the newest backup ({1})? The damaged file is kept beside it.</source>
        <translation>{0}

Восстановить последнюю резервную копию ({1})? Повреждённый файл будет сохранён рядом.</translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <source>phishing and fraud: {0}</source>
        <translation>фишинг и мошенничество: {0}</translation>
    </message>
    <message>
        <source>Briefings by state body</source>
        <translation>Брифинги по государственным органам</translation>
    </message>
    <message>
        <source>Items per source</source>
        <translation>Материалы по источникам</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Notices per platform representative</source>
        <translation>Уведомления по представителям платформ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation>Удалено в срок</translation>
    </message>
    <message>
        <source>Median hours to removal</source>
        <translation>Медиана часов до удаления</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>State bodies</source>
        <translation>Государственные органы</translation>
    </message>
    <message>
        <source>Fakes by source category</source>
        <translation>Фейки по категориям источников</translation>
    </message>
    <message>
        <source>Source category</source>
        <translation>Категория источника</translation>
    </message>
    <message>
        <source>Fake cases</source>
        <translation>Фейки</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation>Классификатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>Название новой метки</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) renamed.</source>
        <translation>
            <numerusform>Переименована %n метка.</numerusform>
            <numerusform>Переименованы %n метки.</numerusform>
            <numerusform>Переименовано %n меток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Fake category</source>
        <translation>Категория фейка</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Тип нарушения</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Своя метка</translation>
    </message>
</context>
<context>
    <name>ViolationDetail</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Access restrictions</source>
        <translation>Ограничения доступа</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Page captures</source>
        <translation>Снимки страницы</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation>Адрес (обезврежен)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Время результата</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Предписано</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Select a violation to see its record.</source>
        <translation>Выберите нарушение, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
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
        <translation>(нет в справочнике платформ)</translation>
    </message>
    <message>
        <source>Target organisation</source>
        <translation>Имитируемая организация</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Время выявления</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Зарегистрировал(а)</translation>
    </message>
    <message>
        <source>Removed in time</source>
        <translation>Удалено в срок</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ИЗМЕНЕНО</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Record a violation</source>
        <translation>Зарегистрировать нарушение</translation>
    </message>
    <message>
        <source>hxxps://example[.]com/page — a defanged address is fine</source>
        <translation>hxxps://example[.]com/page — можно вставить обезвреженный адрес</translation>
    </message>
    <message>
        <source>The bank, ministry or company the page imitates</source>
        <translation>Банк, министерство или компания, под которых маскируется страница</translation>
    </message>
    <message>
        <source>Record violations from selected items</source>
        <translation>Зарегистрировать нарушения по выбранным материалам</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s): each item&apos;s address becomes a violation and its content is kept as evidence.</source>
        <translation>
            <numerusform>Выбран %n материал: его адрес станет нарушением, а содержимое сохранится как доказательство.</numerusform>
            <numerusform>Выбрано %n материала: адрес каждого станет нарушением, а содержимое сохранится как доказательство.</numerusform>
            <numerusform>Выбрано %n материалов: адрес каждого станет нарушением, а содержимое сохранится как доказательство.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Тип нарушения</translation>
    </message>
    <message>
        <source>Target organisation</source>
        <translation>Имитируемая организация</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ViolationHistory</name>
    <message>
        <source>Recorded</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Access restriction ordered</source>
        <translation>Вынесено предписание об ограничении доступа</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Уведомление направлено</translation>
    </message>
    <message>
        <source>Notice outcome recorded</source>
        <translation>Результат уведомления зарегистрирован</translation>
    </message>
    <message>
        <source>Notice receipt recorded</source>
        <translation>Получение уведомления зарегистрировано</translation>
    </message>
</context>
<context>
    <name>ViolationStatus</name>
    <message>
        <source>Detected</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Уведомление направлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Access restriction requested</source>
        <translation>Запрошено ограничение доступа</translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation>Доступ ограничен</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ограничение снято</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Необоснованно</translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <source>Address (defanged)</source>
        <translation>Адрес (обезврежен)</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Время выявления</translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation>просрочено {0}</translation>
    </message>
</context>
<context>
    <name>ViolationsTab</name>
    <message>
        <source>Open violations</source>
        <translation>Незакрытые нарушения</translation>
    </message>
    <message>
        <source>All violations</source>
        <translation>Все нарушения</translation>
    </message>
    <message>
        <source>Add violation…</source>
        <translation>Добавить нарушение…</translation>
    </message>
    <message>
        <source>Violations from selected items…</source>
        <translation>Нарушения из выбранных материалов…</translation>
    </message>
    <message>
        <source>Bulk intake…</source>
        <translation>Пакетный ввод…</translation>
    </message>
    <message>
        <source>Platform directory…</source>
        <translation>Справочник платформ…</translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation>Направить уведомление…</translation>
    </message>
    <message>
        <source>Record notice outcome…</source>
        <translation>Зарегистрировать результат уведомления…</translation>
    </message>
    <message>
        <source>Escalate to access restriction…</source>
        <translation>Запросить ограничение доступа…</translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation>Снять ограничение…</translation>
    </message>
    <message>
        <source>Close as unfounded…</source>
        <translation>Закрыть как необоснованное…</translation>
    </message>
    <message>
        <source>Capture the page</source>
        <translation>Снять копию страницы</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Нарушения</translation>
    </message>
    <message>
        <source>Select a violation first.</source>
        <translation>Сначала выберите нарушение.</translation>
    </message>
    <message>
        <source>Violation recorded: {0}</source>
        <translation>Нарушение зарегистрировано: {0}</translation>
    </message>
    <message>
        <source>Select items in the Items tab first.</source>
        <translation>Сначала выберите материалы на вкладке «Материалы».</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) recorded from items</source>
        <translation>
            <numerusform>Из материалов зарегистрировано %n нарушение</numerusform>
            <numerusform>Из материалов зарегистрировано %n нарушения</numerusform>
            <numerusform>Из материалов зарегистрировано %n нарушений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not recorded</source>
        <translation>
            <numerusform>%n материал не зарегистрирован</numerusform>
            <numerusform>%n материала не зарегистрированы</numerusform>
            <numerusform>%n материалов не зарегистрировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk intake: %n violation(s) recorded</source>
        <translation>
            <numerusform>Пакетный ввод: зарегистрировано %n нарушение</numerusform>
            <numerusform>Пакетный ввод: зарегистрировано %n нарушения</numerusform>
            <numerusform>Пакетный ввод: зарегистрировано %n нарушений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) captured</source>
        <translation>
            <numerusform>Сохранена копия %n страницы</numerusform>
            <numerusform>Сохранены копии %n страниц</numerusform>
            <numerusform>Сохранены копии %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) pending until the network is back</source>
        <translation>
            <numerusform>%n копия страницы ожидает подключения к сети</numerusform>
            <numerusform>%n копии страниц ожидают подключения к сети</numerusform>
            <numerusform>%n копий страниц ожидают подключения к сети</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not captured</source>
        <translation>
            <numerusform>Не удалось снять копию %n страницы</numerusform>
            <numerusform>Не удалось снять копии %n страниц</numerusform>
            <numerusform>Не удалось снять копии %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n page(s)…</source>
        <translation>
            <numerusform>Снимается копия %n страницы…</numerusform>
            <numerusform>Снимаются копии %n страниц…</numerusform>
            <numerusform>Снимаются копии %n страниц…</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice sent to {0}</source>
        <translation>Уведомление направлено: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) sent</source>
        <translation>
            <numerusform>Отправлено %n уведомление</numerusform>
            <numerusform>Отправлено %n уведомления</numerusform>
            <numerusform>Отправлено %n уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>This violation has no notice awaiting its outcome.</source>
        <translation>У этого нарушения нет уведомления, ожидающего результата.</translation>
    </message>
    <message>
        <source>Notice outcome recorded.</source>
        <translation>Результат уведомления зарегистрирован.</translation>
    </message>
    <message>
        <source>Access restriction: {0}</source>
        <translation>Ограничение доступа: {0}</translation>
    </message>
    <message>
        <source>Access restriction lifted.</source>
        <translation>Ограничение доступа снято.</translation>
    </message>
    <message>
        <source>Violation closed as unfounded.</source>
        <translation>Нарушение закрыто как необоснованное.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Watch rules…</source>
        <translation>Правила отслеживания…</translation>
    </message>
    <message>
        <source>Taxonomy…</source>
        <translation>Классификатор…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Новая рабочая база…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Открыть рабочую базу…</translation>
    </message>
    <message>
        <source>Open team workspace…</source>
        <translation>Открыть общую рабочую базу…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Открыть демонстрационную рабочую базу</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие базы</translation>
    </message>
    <message>
        <source>Team workspace {0}</source>
        <translation>Общая рабочая база {0}</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстрационная рабочая база</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новая рабочая база</translation>
    </message>
    <message>
        <source>Workspaces (*.db)</source>
        <translation>Рабочие базы (*.db)</translation>
    </message>
    <message>
        <source>{0} already exists. Use “Open workspace…” to open it.</source>
        <translation>{0} уже существует. Чтобы открыть её, используйте «Открыть рабочую базу…».</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочую базу</translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>Рабочие базы (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation>Открыть общую рабочую базу</translation>
    </message>
    <message>
        <source>Address of the team workspace, as the administrator gave it:
postgresql://USER@SERVER:5432/DATABASE</source>
        <translation>Адрес общей рабочей базы, как его дал администратор:
postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР:5432/БАЗА</translation>
    </message>
    <message>
        <source>“{0}” is not a team workspace address (postgresql://USER@SERVER:PORT/DATABASE).</source>
        <translation>«{0}» — не адрес общей рабочей базы (postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР:ПОРТ/БАЗА).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for when needed and never stored.</source>
        <translation>Не указывайте пароль в адресе: он запрашивается, когда нужен, и никогда не сохраняется.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Back up the workspace now</source>
        <translation>Сделать резервную копию сейчас</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Export bundle for headquarters…</source>
        <translation>Выгрузить пакет для центрального офиса…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Загрузить пакет…</translation>
    </message>
    <message>
        <source>Check the workspace now</source>
        <translation>Проверить рабочую базу сейчас</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Проверка рабочей базы…</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Проверка рабочей базы</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the workspace. The first: {0}</source>
        <translation>
            <numerusform>В рабочей базе найдена %n проблема. Первая: {0}</numerusform>
            <numerusform>В рабочей базе найдено %n проблемы. Первая: {0}</numerusform>
            <numerusform>В рабочей базе найдено %n проблем. Первая: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is whole: its storage, the protective triggers, the audit log&apos;s chain, every evidence seal and page capture, every stored text and time check out.</source>
        <translation>Рабочая база цела: хранилище, защитные триггеры, цепочка журнала аудита, каждая печать доказательства и снимок страницы, каждый сохранённый текст и каждое время прошли проверку.</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Рабочая база повреждена</translation>
    </message>
    <message>
        <source>The workspace is damaged ({0}) and there is no backup to restore. Copy the file somewhere safe before going on.</source>
        <translation>Рабочая база повреждена ({0}), а резервной копии нет. Прежде чем продолжать, скопируйте файл в надёжное место.</translation>
    </message>
    <message>
        <source>The workspace is damaged ({0}).

Restore the newest backup ({1})? The damaged file is kept beside it.</source>
        <translation>Рабочая база повреждена ({0}).

Восстановить последнюю резервную копию ({1})? Повреждённый файл будет сохранён рядом.</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Workspace backups (*.wsbk *.db)</source>
        <translation>Резервные копии рабочей базы (*.wsbk *.db)</translation>
    </message>
    <message>
        <source>Replace the workspace with this backup? The current workspace is kept beside it, and the window reopens.</source>
        <translation>Заменить рабочую базу этой резервной копией? Текущая база будет сохранена рядом, окно откроется заново.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Выгрузка пакета</translation>
    </message>
    <message>
        <source>Workspace bundles (*.mmwb)</source>
        <translation>Пакеты рабочей базы (*.mmwb)</translation>
    </message>
    <message>
        <source>Bundle written: {0} cases, {1} violations; signed with key {2}</source>
        <translation>Пакет записан: дел — {0}, нарушений — {1}; подписан ключом {2}</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <source>Workspace bundles (*.mmwb);;All files (*)</source>
        <translation>Пакеты рабочей базы (*.mmwb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Неизвестный ключ подписи</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this workspace does not trust yet:

{0}
fingerprint {1}

Compare the fingerprint with the sender (by phone, for instance) before going on. Trust this key and import the bundle?</source>
        <translation>Пакет подписан ключом, которому эта рабочая база ещё не доверяет:

{0}
отпечаток {1}

Прежде чем продолжить, сверьте отпечаток с отправителем (например, по телефону). Доверять этому ключу и загрузить пакет?</translation>
    </message>
    <message>
        <source>Signed by {0}.

{1} records added, {2} already present, {3} changes applied.</source>
        <translation>Подписано: {0}.

Добавлено записей: {1}, уже были: {2}, применено изменений: {3}.</translation>
    </message>
    <message>
        <source>{0} edits conflict with changes made here and were kept for an analyst (workstation bundle conflicts).</source>
        <translation>Правок, противоречащих изменениям, сделанным здесь: {0}; они оставлены на решение аналитика (workstation bundle conflicts).</translation>
    </message>
    <message>
        <source>{0} sources point to this computer or a private network and were added disabled.</source>
        <translation>Источников, указывающих на этот компьютер или частную сеть: {0}; они добавлены отключёнными.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет загружен</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Пакет не загружен</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>не удаётся открыть базу {path}: {reason}</translation>
    </message>
    <message>
        <source>the database {path} is locked by another program; try again in a moment</source>
        <translation>база {path} занята другой программой; повторите через минуту</translation>
    </message>
    <message>
        <source>the database {path} is damaged: {reason}</source>
        <translation>база {path} повреждена: {reason}</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer version of the workstation (schema {found} &gt; {known})</source>
        <translation>база {path} создана более новой версией программы (схема {found} &gt; {known})</translation>
    </message>
    <message>
        <source>no {what} with id {id}</source>
        <translation>нет объекта «{what}» с номером {id}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: nothing more could be stored; free some space and try again</source>
        <translation>диск, на котором лежит {path}, заполнен: больше ничего сохранить нельзя; освободите место и повторите</translation>
    </message>
    <message>
        <source>the workspace {path} is open read-only: changes cannot be saved</source>
        <translation>рабочая база {path} открыта только для чтения: изменения не сохраняются</translation>
    </message>
    <message>
        <source>the workspace {path} is read-only and needs an upgrade (schema {found} to {known}), which cannot be done read-only: copy it to a writable folder and open it there</source>
        <translation>рабочая база {path} доступна только для чтения и требует обновления (схема {found} → {known}), а без записи обновить её нельзя: скопируйте её в папку, доступную для записи, и откройте там</translation>
    </message>
    <message>
        <source>the workspace {path} is read-only and its last changes are still in {journal}, which cannot be read without writing: open it once from a writable folder</source>
        <translation>рабочая база {path} доступна только для чтения, а её последние изменения ещё в файле {journal}, который без записи не прочитать: откройте её один раз из папки, доступной для записи</translation>
    </message>
    <message>
        <source>there is no workspace at {path}</source>
        <translation>рабочей базы {path} не существует</translation>
    </message>
    <message>
        <source>the stored text of item {id} cannot be read ({reason}): another program changed it; restore the workspace from a backup</source>
        <translation>сохранённый текст материала {id} не читается ({reason}): его изменила другая программа; восстановите рабочую базу из резервной копии</translation>
    </message>
    <message>
        <source>cannot reach the team workspace {url}: {reason}</source>
        <translation>нет связи с общей рабочей базой {url}: {reason}</translation>
    </message>
    <message>
        <source>{user} may not make this change in the team workspace ({reason}); ask a supervisor</source>
        <translation>у {user} нет права на это изменение в общей рабочей базе ({reason}); обратитесь к руководителю</translation>
    </message>
    <message>
        <source>the team workspace {url} is not ready (schema {found} of {known}): the administrator runs `workstation db init-team` on it</source>
        <translation>общая рабочая база {url} не готова (схема {found} из {known}): администратору нужно выполнить для неё `workstation db init-team`</translation>
    </message>
    <message>
        <source>the team workspace cannot run this: {what}</source>
        <translation>общая рабочая база не может это выполнить: {what}</translation>
    </message>
    <message>
        <source>unknown role {role}: use one of {roles}</source>
        <translation>неизвестная роль {role}: выберите одну из: {roles}</translation>
    </message>
    <message>
        <source>not a usable user name: {name}</source>
        <translation>недопустимое имя пользователя: {name}</translation>
    </message>
    <message>
        <source>{what} {id} was changed by {by} at {at} since you opened it: reload it to see their change, then make yours again</source>
        <translation>{what} {id} изменено пользователем {by} в {at} после того, как вы его открыли: загрузите заново, чтобы увидеть его изменение, и внесите своё ещё раз</translation>
    </message>
    <message>
        <source>this works on a team workspace (postgresql://...) only</source>
        <translation>это работает только в общей рабочей базе (postgresql://...)</translation>
    </message>
    <message>
        <source>the team workspace {url} lives on its server and is backed up there (pg_dump, by the server&apos;s administrator); this command works on a workspace file</source>
        <translation>общая рабочая база {url} хранится на своём сервере, и резервные копии делаются там (pg_dump, администратором сервера); эта команда работает с файлом рабочей базы</translation>
    </message>
    <message>
        <source>the search query is empty</source>
        <translation>поисковый запрос пуст</translation>
    </message>
    <message>
        <source>a phrase is missing its closing quote (&quot;)</source>
        <translation>у фразы нет закрывающей кавычки (&quot;)</translation>
    </message>
    <message>
        <source>the parentheses in the query do not match</source>
        <translation>скобки в запросе не сходятся</translation>
    </message>
    <message>
        <source>{op} needs a search term on both sides</source>
        <translation>{op} требует слова с обеих сторон</translation>
    </message>
    <message>
        <source>NOT needs a term before it, for example: банк NOT кредит</source>
        <translation>перед NOT должно быть слово, например: банк NOT кредит</translation>
    </message>
    <message>
        <source>empty parentheses in the query</source>
        <translation>пустые скобки в запросе</translation>
    </message>
    <message>
        <source>the search query is not valid: {reason}</source>
        <translation>неверный поисковый запрос: {reason}</translation>
    </message>
    <message>
        <source>the query nests brackets or fields more than {limit} deep; write it flatter</source>
        <translation>в запросе скобки или поля вложены глубже {limit} уровней; упростите запрос</translation>
    </message>
    <message>
        <source>not a usable address: {url}</source>
        <translation>непригодный адрес: {url}</translation>
    </message>
    <message>
        <source>unknown source kind {kind}: use rss, site, telegram, youtube or file</source>
        <translation>неизвестный вид источника {kind}: используйте rss, site, telegram, youtube или file</translation>
    </message>
    <message>
        <source>this source is already in the workspace (id {id})</source>
        <translation>этот источник уже есть в базе (номер {id})</translation>
    </message>
    <message>
        <source>a site source needs at least an item selector</source>
        <translation>для сайта нужен как минимум селектор материала</translation>
    </message>
    <message>
        <source>held: it reads a file on this computer</source>
        <translation>ожидает проверки: он читает файл на этом компьютере</translation>
    </message>
    <message>
        <source>held: it is not a web address (http or https)</source>
        <translation>ожидает проверки: это не веб-адрес (http или https)</translation>
    </message>
    <message>
        <source>held: it names this computer or a local network</source>
        <translation>ожидает проверки: он указывает на этот компьютер или локальную сеть</translation>
    </message>
    <message>
        <source>held: its address is this computer or a private network</source>
        <translation>ожидает проверки: его адрес — этот компьютер или частная сеть</translation>
    </message>
    <message>
        <source>timed out after {seconds} s</source>
        <translation>нет ответа за {seconds} с</translation>
    </message>
    <message>
        <source>no connection after {seconds} s</source>
        <translation>нет соединения за {seconds} с</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>host not found: {host}</source>
        <translation>узел не найден: {host}</translation>
    </message>
    <message>
        <source>secure connection failed: {reason}</source>
        <translation>ошибка защищённого соединения: {reason}</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>more than {limit} redirects</source>
        <translation>больше {limit} перенаправлений</translation>
    </message>
    <message>
        <source>response larger than {limit_mib} MiB</source>
        <translation>ответ больше {limit_mib} МиБ</translation>
    </message>
    <message>
        <source>connection failed: {reason}</source>
        <translation>ошибка соединения: {reason}</translation>
    </message>
    <message>
        <source>the server sent a body it could not decode ({encoding})</source>
        <translation>сервер прислал данные, которые не удалось распаковать ({encoding})</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>файл не найден: {path}</translation>
    </message>
    <message>
        <source>cannot read file {path}: {reason}</source>
        <translation>не удаётся прочитать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>waiting until {until} after {count} failures in a row</source>
        <translation>пауза до {until} после {count} ошибок подряд</translation>
    </message>
    <message>
        <source>not a feed: HTML page</source>
        <translation>не лента: HTML-страница</translation>
    </message>
    <message>
        <source>empty response</source>
        <translation>пустой ответ</translation>
    </message>
    <message>
        <source>not a feed: {reason}</source>
        <translation>не лента: {reason}</translation>
    </message>
    <message>
        <source>refused: the document uses XML entity tricks</source>
        <translation>отклонено: документ использует опасные XML-сущности</translation>
    </message>
    <message>
        <source>no items found with the selectors</source>
        <translation>по селекторам не найдено ни одного материала</translation>
    </message>
    <message>
        <source>invalid CSS selector {selector}</source>
        <translation>неверный CSS-селектор {selector}</translation>
    </message>
    <message>
        <source>not a valid OPML file: {reason}</source>
        <translation>неверный файл OPML: {reason}</translation>
    </message>
    <message>
        <source>the OPML file nests outlines more than {limit} deep; nothing was imported</source>
        <translation>в файле OPML элементы вложены глубже {limit} уровней; ничего не импортировано</translation>
    </message>
    <message>
        <source>OPML outline {number} &quot;{title}&quot; ({address}): {reason}; nothing was imported</source>
        <translation>элемент OPML {number} «{title}» ({address}): {reason}; ничего не импортировано</translation>
    </message>
    <message>
        <source>no tag called {tag}: see `tags list`</source>
        <translation>нет метки {tag}: см. `tags list`</translation>
    </message>
    <message>
        <source>unknown tag kind {kind}: use fake_category, violation_type, topic or custom</source>
        <translation>неизвестный вид метки {kind}: используйте fake_category, violation_type, topic или custom</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>у метки должно быть название</translation>
    </message>
    <message>
        <source>a tag called {tag} already exists</source>
        <translation>метка {tag} уже существует</translation>
    </message>
    <message>
        <source>a watch rule called {name} already exists</source>
        <translation>правило {name} уже существует</translation>
    </message>
    <message>
        <source>a watch rule needs a name</source>
        <translation>у правила должно быть название</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>у сохранённого поиска должно быть название</translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation>у дела должно быть название</translation>
    </message>
    <message>
        <source>{category} is not a fake category: see `tags list --kind fake_category`</source>
        <translation>{category} — не категория фейка: см. `tags list --kind fake_category`</translation>
    </message>
    <message>
        <source>unknown status {status}: use {allowed}</source>
        <translation>неизвестный статус {status}: используйте {allowed}</translation>
    </message>
    <message>
        <source>a case that is {old} cannot become {new}; it can become: {allowed}</source>
        <translation>дело в статусе «{old}» не может перейти в статус «{new}»; возможно: {allowed}</translation>
    </message>
    <message>
        <source>dismissing a case needs a reason (--reason)</source>
        <translation>чтобы закрыть дело как не фейк, нужна причина (--reason)</translation>
    </message>
    <message>
        <source>a case is refuted by recording its refutation (refutations add)</source>
        <translation>дело становится опровергнутым, когда зарегистрировано опровержение (refutations add)</translation>
    </message>
    <message>
        <source>unknown item role {role}: use {allowed}</source>
        <translation>неизвестная роль материала {role}: используйте {allowed}</translation>
    </message>
    <message>
        <source>name one story or one source (--story ID or --source ID)</source>
        <translation>укажите один сюжет или один источник (--story ID или --source ID)</translation>
    </message>
    <message>
        <source>unknown channel {channel}: use {allowed}</source>
        <translation>неизвестная площадка {channel}: используйте {allowed}</translation>
    </message>
    <message>
        <source>unknown response kind {kind}: use refutation or statement</source>
        <translation>неизвестный вид реагирования {kind}: refutation (опровержение) или statement (заявление)</translation>
    </message>
    <message>
        <source>this case was dismissed as not a fake: reopen it before recording a refutation</source>
        <translation>дело закрыто как не фейк: откройте его снова, прежде чем регистрировать опровержение</translation>
    </message>
    <message>
        <source>{type} is not a violation type: see `tags list --kind violation_type`</source>
        <translation>{type} — не тип нарушения: см. `tags list --kind violation_type`</translation>
    </message>
    <message>
        <source>this address is already recorded as violation {id}: {url}</source>
        <translation>этот адрес уже зарегистрирован как нарушение {id}: {url}</translation>
    </message>
    <message>
        <source>a violation that is {old} cannot become {new}; it can become: {allowed}</source>
        <translation>нарушение в статусе «{old}» не может перейти в статус «{new}»; возможно: {allowed}</translation>
    </message>
    <message>
        <source>closing a violation as unfounded needs a reason (--reason)</source>
        <translation>чтобы закрыть нарушение как необоснованное, нужна причина (--reason)</translation>
    </message>
    <message>
        <source>a list of addresses needs the violations&apos; type (--type); a register CSV with a url column and per-row columns does not</source>
        <translation>для списка адресов нужен тип нарушений (--type); для CSV-реестра со столбцом url и столбцами по каждой строке он не нужен</translation>
    </message>
    <message>
        <source>refused: the page led to a local file, loopback or private address ({url})</source>
        <translation>отказано: страница вела к локальному файлу, loopback или частному адресу ({url})</translation>
    </message>
    <message>
        <source>violation {id} has no capture yet: capture its page first (`violations capture {id}`)</source>
        <translation>у нарушения {id} ещё нет снимка: сначала снимите страницу (`violations capture {id}`)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file</source>
        <translation>{path} уже существует; выберите другой файл</translation>
    </message>
    <message>
        <source>unknown method {method}: use {allowed}</source>
        <translation>неизвестный способ {method}: используйте {allowed}</translation>
    </message>
    <message>
        <source>a recipient needs a name</source>
        <translation>у получателя должно быть имя</translation>
    </message>
    <message>
        <source>notice {id} is already resolved ({outcome})</source>
        <translation>по уведомлению {id} уже есть итог ({outcome})</translation>
    </message>
    <message>
        <source>the outcome cannot be earlier than the notice was sent</source>
        <translation>итог не может быть раньше отправки уведомления</translation>
    </message>
    <message>
        <source>a notice cannot be received before it was sent</source>
        <translation>уведомление не может быть получено раньше, чем отправлено</translation>
    </message>
    <message>
        <source>a notice lists at least one violation</source>
        <translation>в уведомлении указывается хотя бы одно нарушение</translation>
    </message>
    <message>
        <source>the notice was not recorded as sent: it lacks {fields}. Fill them in (workspace settings, the platform directory or the addressee&apos;s address) and send it again</source>
        <translation>уведомление не зарегистрировано как отправленное: в нём не хватает следующего: {fields}. Заполните это (настройки рабочей базы, справочник платформ или адрес получателя) и отправьте снова</translation>
    </message>
    <message>
        <source>violation {violation} is not listed in notice {id}</source>
        <translation>нарушение {violation} не указано в уведомлении {id}</translation>
    </message>
    <message>
        <source>notice {id} has no address awaiting its outcome</source>
        <translation>в уведомлении {id} нет адресов, ожидающих результата</translation>
    </message>
    <message>
        <source>notice {id} is still within its deadline ({deadline}); escalate after it passes</source>
        <translation>срок уведомления {id} ещё не истёк ({deadline}); запросить ограничение доступа можно после него</translation>
    </message>
    <message>
        <source>the figures were not computed: {record} holds in {field} {value}, which is not a time: another program changed it (db check shows the changes); restore the record from a backup, then ask again</source>
        <translation>показатели не рассчитаны: в записи {record}, в поле {field}, находится {value}, а это не время: его изменила другая программа (изменения покажет db check); восстановите запись из резервной копии и запросите снова</translation>
    </message>
    <message>
        <source>unknown media plan status {status}: use {allowed}</source>
        <translation>неизвестный статус медиаплана {status}: используйте {allowed}</translation>
    </message>
    <message>
        <source>not a readable workspace bundle: {reason}</source>
        <translation>не удаётся прочитать пакет рабочей базы: {reason}</translation>
    </message>
    <message>
        <source>the bundle was altered after export and was not imported ({count} problems; first: {first})</source>
        <translation>пакет изменён после выгрузки и не импортирован (проблем: {count}; первая: {first})</translation>
    </message>
    <message>
        <source>the bundle was not imported: {where}: {problem}</source>
        <translation>пакет не загружен: {where}: {problem}</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match its manifest: it was altered after signing or forged; nothing was imported</source>
        <translation>подпись пакета не соответствует его манифесту: пакет изменён после подписи или подделан; ничего не загружено</translation>
    </message>
    <message>
        <source>the bundle was not written: {table} record {record} holds in {field} a value the workstation never writes ({kind}), as another program may leave; correct the record and export again</source>
        <translation>пакет не записан: в записи {record} таблицы {table}, в поле {field}, значение, которое рабочая станция никогда не записывает ({kind}), — его могла оставить другая программа; исправьте запись и экспортируйте снова</translation>
    </message>
    <message>
        <source>the bundle is signed by a key this workspace does not trust: {name}, fingerprint {fingerprint}; nothing was imported. Check the fingerprint with the sender, then trust it (keys trust FINGERPRINT) or import with --trust</source>
        <translation>пакет подписан ключом, которому эта рабочая база не доверяет: {name}, отпечаток {fingerprint}; ничего не загружено. Сверьте отпечаток с отправителем, затем добавьте ключ в доверенные (keys trust FINGERPRINT) или загрузите с --trust</translation>
    </message>
    <message>
        <source>cannot use the key {path}: {reason}</source>
        <translation>не удаётся использовать ключ {path}: {reason}</translation>
    </message>
    <message>
        <source>not a key fingerprint (64 hexadecimal digits) or a key or bundle file: {value}</source>
        <translation>это не отпечаток ключа (64 шестнадцатеричные цифры) и не файл ключа или пакета: {value}</translation>
    </message>
    <message>
        <source>conflict {id} is already resolved (kept {resolution})</source>
        <translation>конфликт {id} уже решён (оставлено: {resolution})</translation>
    </message>
    <message>
        <source>conflict {id}: their version cannot be kept: {reason}</source>
        <translation>конфликт {id}: их версию оставить нельзя: {reason}</translation>
    </message>
    <message>
        <source>violation {id} has had no notice: restriction follows a notice whose deadline passed without removal, or an explicit order (--order-type court|authority --order REF)</source>
        <translation>по нарушению {id} не было уведомления: ограничение следует за уведомлением, срок которого истёк без удаления, или за явным решением (--order-type court|authority --order REF)</translation>
    </message>
    <message>
        <source>unknown order type {order_type}: use {allowed}</source>
        <translation>неизвестный вид решения {order_type}: используйте {allowed}</translation>
    </message>
    <message>
        <source>a {order_type} order needs its reference (--order REF)</source>
        <translation>для решения ({order_type}) нужен его номер (--order REF)</translation>
    </message>
    <message>
        <source>no such workspace setting: {name} (settings: {allowed})</source>
        <translation>нет такой настройки рабочей базы: {name} (настройки: {allowed})</translation>
    </message>
    <message>
        <source>an outgoing number format needs {{seq}} (the register&apos;s number within the year) and may use {{year}}, for example 04-2/{{seq}}: {value}</source>
        <translation>формат исходящего номера должен содержать {{seq}} (порядковый номер в журнале регистрации за год) и может содержать {{year}}, например 04-2/{{seq}}: {value}</translation>
    </message>
    <message>
        <source>storage: {detail}</source>
        <translation>хранилище: {detail}</translation>
    </message>
    <message>
        <source>full-text index: {detail}</source>
        <translation>поисковый индекс: {detail}</translation>
    </message>
    <message>
        <source>full-text index: {count} items are not in it</source>
        <translation>поисковый индекс: в нём нет материалов: {count}</translation>
    </message>
    <message>
        <source>full-text index: {count} rows of items that no longer exist</source>
        <translation>поисковый индекс: строк удалённых материалов: {count}</translation>
    </message>
    <message>
        <source>foreign key broken: {table} row {row} -&gt; {parent}</source>
        <translation>нарушена ссылка между таблицами: {table}, строка {row} -&gt; {parent}</translation>
    </message>
    <message>
        <source>protective trigger {name} is missing (removed by another tool)</source>
        <translation>нет защитного триггера {name} (его удалила другая программа)</translation>
    </message>
    <message>
        <source>audit entry {id}: the entry before it was removed or changed</source>
        <translation>запись журнала аудита {id}: предыдущая запись удалена или изменена</translation>
    </message>
    <message>
        <source>audit entry {id}: its content was changed after it was recorded</source>
        <translation>запись журнала аудита {id}: её содержимое изменено после записи</translation>
    </message>
    <message>
        <source>evidence {id} ({url}, captured {at}): its content no longer matches its seal</source>
        <translation>доказательство {id} ({url}, снято {at}): содержимое больше не совпадает с его печатью</translation>
    </message>
    <message>
        <source>evidence {id} (no address, captured {at}): its content no longer matches its seal</source>
        <translation>доказательство {id} (без адреса, снято {at}): содержимое больше не совпадает с его печатью</translation>
    </message>
    <message>
        <source>capture {id} of violation {violation} ({url}, captured {at}): its WARC, picture or record no longer matches its seal</source>
        <translation>снимок страницы {id} нарушения {violation} ({url}, снят {at}): его WARC, изображение или запись больше не совпадают с печатью</translation>
    </message>
    <message>
        <source>item {id}: its stored text cannot be read ({reason})</source>
        <translation>материал {id}: сохранённый текст не читается ({reason})</translation>
    </message>
    <message>
        <source>and {count} more items whose stored text cannot be read</source>
        <translation>и ещё материалов с нечитаемым сохранённым текстом: {count}</translation>
    </message>
    <message>
        <source>{table} #{record}: {column} holds {value}, which is no time</source>
        <translation>{table} #{record}: в поле {column} записано {value}, а это не время</translation>
    </message>
    <message>
        <source>and {count} more times that are no time</source>
        <translation>и ещё значений времени, которые не являются временем: {count}</translation>
    </message>
    <message>
        <source>evidence {uuid}: content does not match its seal</source>
        <translation>доказательство {uuid}: содержимое не совпадает с его печатью</translation>
    </message>
    <message>
        <source>{name}: content does not match its SHA-256 in the signed manifest</source>
        <translation>{name}: содержимое не совпадает со своим SHA-256 в подписанном манифесте</translation>
    </message>
    <message>
        <source>item body of unknown format {format}</source>
        <translation>текст материала в неизвестном формате {format}</translation>
    </message>
    <message>
        <source>item body cut short</source>
        <translation>текст материала обрезан</translation>
    </message>
    <message>
        <source>a {kind}, not a packed body</source>
        <translation>значение типа {kind}, а не упакованный текст</translation>
    </message>
    <message>
        <source>it is not a workspace backup</source>
        <translation>это не резервная копия рабочей базы</translation>
    </message>
    <message>
        <source>it was written in backup format {format}, which this version cannot read</source>
        <translation>она записана в формате резервной копии {format}, который эта версия не читает</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>её заголовок не читается</translation>
    </message>
    <message>
        <source>it is incomplete (cut short, perhaps by a full disk or an interrupted copy)</source>
        <translation>она неполная (обрезана, возможно, из-за заполненного диска или прерванного копирования)</translation>
    </message>
    <message>
        <source>its list of page digests does not match its checksum</source>
        <translation>её список хешей страниц не совпадает с контрольной суммой</translation>
    </message>
    <message>
        <source>its list of page digests cannot be read</source>
        <translation>её список хешей страниц не читается</translation>
    </message>
    <message>
        <source>its list of page digests has the wrong length</source>
        <translation>её список хешей страниц неверной длины</translation>
    </message>
    <message>
        <source>the copy changed while it was being read</source>
        <translation>копия изменилась во время чтения</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (a damaged or altered file)</source>
        <translation>её содержимое не совпадает с контрольной суммой (файл повреждён или изменён)</translation>
    </message>
    <message>
        <source>it builds on the earlier backup {base}, which is missing</source>
        <translation>она опирается на более раннюю копию {base}, которой нет</translation>
    </message>
    <message>
        <source>it builds on an earlier backup {base} that has since been replaced</source>
        <translation>она опирается на более раннюю копию {base}, которая с тех пор заменена</translation>
    </message>
    <message>
        <source>its chain of earlier backups loops</source>
        <translation>цепочка более ранних копий замкнута в круг</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>это не база SQLite</translation>
    </message>
    <message>
        <source>{field}: needs a term after it</source>
        <translation>{field}: после него нужно слово для поиска</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>пустая фраза</translation>
    </message>
    <message>
        <source>cannot read {query} for PostgreSQL</source>
        <translation>не удаётся прочитать {query} для PostgreSQL</translation>
    </message>
    <message>
        <source>a column filter needs &apos;:&apos;</source>
        <translation>фильтру по полю нужно двоеточие &apos;:&apos;</translation>
    </message>
    <message>
        <source>no column {column}</source>
        <translation>нет поля {column}</translation>
    </message>
    <message>
        <source>unexpected {token}</source>
        <translation>неожиданное {token}</translation>
    </message>
    <message>
        <source>not an Ed25519 key</source>
        <translation>это не ключ Ed25519</translation>
    </message>
    <message>
        <source>it is not this workspace&apos;s key</source>
        <translation>это не ключ этой рабочей базы</translation>
    </message>
    <message>
        <source>not an Ed25519 public key</source>
        <translation>это не открытый ключ Ed25519</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>пустой документ</translation>
    </message>
    <message>
        <source>no &lt;opml&gt;&lt;body&gt;</source>
        <translation>нет &lt;opml&gt;&lt;body&gt;</translation>
    </message>
    <message>
        <source>wsKind {value} is not one of {kinds}</source>
        <translation>wsKind {value} не входит в список {kinds}</translation>
    </message>
    <message>
        <source>wsCategory {value} is not one of {categories}</source>
        <translation>wsCategory {value} не входит в список категорий {categories}</translation>
    </message>
    <message>
        <source>wsInterval is not a whole number of minutes</source>
        <translation>wsInterval — не целое число минут</translation>
    </message>
    <message>
        <source>wsEncoding {value} is not a known character encoding</source>
        <translation>wsEncoding {value} — неизвестная кодировка</translation>
    </message>
    <message>
        <source>wsSelectors is not JSON</source>
        <translation>wsSelectors не в формате JSON</translation>
    </message>
    <message>
        <source>wsSelectors is not an object of CSS selectors</source>
        <translation>wsSelectors не является объектом из селекторов CSS</translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation>остановлено до завершения</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{file} line {line}</source>
        <translation>{file}, строка {line}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>текст не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>not a flat JSON object</source>
        <translation>не плоский объект JSON</translation>
    </message>
    <message>
        <source>bad JSON ({reason})</source>
        <translation>ошибка JSON ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>a field appears twice</source>
        <translation>поле встречается дважды</translation>
    </message>
    <message>
        <source>a row longer than {mib} MiB</source>
        <translation>строка длиннее {mib} МиБ</translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation>больше {limit} строк</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>неизвестное поле {field}</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>нет поля {name}</translation>
    </message>
    <message>
        <source>{name} is not a UUID: {value}</source>
        <translation>поле {name} не является UUID: {value}</translation>
    </message>
    <message>
        <source>{name} is not a key: {value}</source>
        <translation>поле {name} не является ключом: {value}</translation>
    </message>
    <message>
        <source>{name} is not a SHA-256: {value}</source>
        <translation>поле {name} не является SHA-256: {value}</translation>
    </message>
    <message>
        <source>{name} may not be empty (null)</source>
        <translation>поле {name} не может быть пустым (null)</translation>
    </message>
    <message>
        <source>{name} should be text, not {value}</source>
        <translation>поле {name} должно быть текстом, а не {value}</translation>
    </message>
    <message>
        <source>{name} should be integer, not {value}</source>
        <translation>поле {name} должно быть целым числом, а не {value}</translation>
    </message>
    <message>
        <source>{name} should be real, not {value}</source>
        <translation>поле {name} должно быть числом, а не {value}</translation>
    </message>
    <message>
        <source>{name} {value} is not one of {choices}</source>
        <translation>поле {name}: значение {value} не входит в список {choices}</translation>
    </message>
    <message>
        <source>{name} is not a time: {value}</source>
        <translation>поле {name} не является временем: {value}</translation>
    </message>
    <message>
        <source>{name} {value} is neither in the bundle nor in this workspace</source>
        <translation>поле {name}: {value} нет ни в пакете, ни в этой рабочей базе</translation>
    </message>
    <message>
        <source>key {value} is empty or appears twice</source>
        <translation>ключ {value} пуст или встречается дважды</translation>
    </message>
    <message>
        <source>uuid {uuid} appears twice</source>
        <translation>uuid {uuid} встречается дважды</translation>
    </message>
    <message>
        <source>url {value} has no scheme</source>
        <translation>в адресе {value} нет схемы</translation>
    </message>
    <message>
        <source>selectors are not JSON</source>
        <translation>селекторы не в формате JSON</translation>
    </message>
    <message>
        <source>selectors are not a JSON object of texts</source>
        <translation>селекторы не являются объектом JSON из текстов</translation>
    </message>
    <message>
        <source>url {value} is not a usable address</source>
        <translation>адрес {value} непригоден</translation>
    </message>
    <message>
        <source>notice {notice} lists violation {violation} twice</source>
        <translation>уведомление {notice} дважды перечисляет нарушение {violation}</translation>
    </message>
    <message>
        <source>entity {value} is not one the audit log records</source>
        <translation>журнал аудита не ведёт записи вида {value}</translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation>поле {name} не в формате JSON</translation>
    </message>
    <message>
        <source>not a date: {value} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>не дата: {value} (формат ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ)</translation>
    </message>
    <message>
        <source>the period ends before it starts: {last} is before {first}</source>
        <translation>период заканчивается раньше, чем начинается: {last} раньше, чем {first}</translation>
    </message>
    <message>
        <source>unknown time zone: {zone}</source>
        <translation>неизвестный часовой пояс: {zone}</translation>
    </message>
    <message>
        <source>name a tag to add or to remove (--add TAG, --remove TAG)</source>
        <translation>укажите метку, которую нужно добавить или снять (--add TAG, --remove TAG)</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
</context>
</TS>
