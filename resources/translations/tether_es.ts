<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckIns</name>
    <message>
        <source>This article has no checklist of signs to check in on.</source>
        <translation>Este artículo no tiene una lista de señales para hacer una revisión.</translation>
    </message>
    <message>
        <source>A new check-in was not started: some ticks are not saved yet. Tether keeps trying; please try again in a moment.</source>
        <translation>No se inició una revisión nueva: algunas marcas aún no se han guardado. Tether lo sigue intentando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>New check-in started on {date}. Your earlier answers are kept and show faintly beside each sign; View › History (Ctrl+H) compares them.</source>
        <translation>Nueva revisión iniciada el {date}. Sus respuestas anteriores se conservan y aparecen atenuadas junto a cada señal; Ver › Historial (Ctrl+H) las compara.</translation>
    </message>
    <message>
        <source>The version was not restored: the reflection on screen could not be saved first. Tether keeps trying; please try again in a moment.</source>
        <translation>No se restauró la versión: antes no se pudo guardar la reflexión que está en pantalla. Tether lo sigue intentando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Restored your reflection as it was on {date}. Ctrl+Z in the reflection takes it back; the text it replaced is kept as a version.</source>
        <translation>Se restauró su reflexión tal como estaba el {date}. Ctrl+Z en la reflexión lo deshace; el texto reemplazado se conserva como versión.</translation>
    </message>
    <message>
        <source>Check-in offer</source>
        <translation>Propuesta de revisión</translation>
    </message>
    <message>
        <source>&amp;Start a New Check-in</source>
        <translation>&amp;Empezar una revisión nueva</translation>
    </message>
    <message>
        <source>Tick the signs afresh; your earlier answers are kept</source>
        <translation>Marque las señales de nuevo; sus respuestas anteriores se conservan</translation>
    </message>
    <message>
        <source>Not now (keep ticking in the check-in you have)</source>
        <translation>Ahora no (seguir marcando en la revisión actual)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back — it has been %n days. Start a new check-in to see how your answers have changed; your earlier answers are kept.</source>
        <translation>
            <numerusform>Bienvenido de nuevo: ha pasado %n día. Empiece una revisión nueva para ver cómo han cambiado sus respuestas; las anteriores se conservan.</numerusform>
            <numerusform>Bienvenido de nuevo: han pasado %n días. Empiece una revisión nueva para ver cómo han cambiado sus respuestas; las anteriores se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back — it has been %n months. Start a new check-in to see how your answers have changed; your earlier answers are kept.</source>
        <translation>
            <numerusform>Bienvenido de nuevo: ha pasado %n mes. Empiece una revisión nueva para ver cómo han cambiado sus respuestas; las anteriores se conservan.</numerusform>
            <numerusform>Bienvenido de nuevo: han pasado %n meses. Empiece una revisión nueva para ver cómo han cambiado sus respuestas; las anteriores se conservan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>not a number of minutes: {text}</source>
        <translation>no es un número de minutos: {text}</translation>
    </message>
    <message>
        <source>the duration is in minutes, more than 0</source>
        <translation>la duración se indica en minutos, más de 0</translation>
    </message>
    <message>
        <source>start presenting at once, at --section or where you were (as F5 does)</source>
        <translation>empezar a presentar de inmediato, en --section o donde se quedó (como F5)</translation>
    </message>
    <message>
        <source>present on this screen: its name (e.g. HDMI-1) or its number, 1 being the first</source>
        <translation>presentar en esta pantalla: su nombre (p. ej. HDMI-1) o su número, empezando por 1</translation>
    </message>
    <message>
        <source>while presenting, count down this many minutes in the presenter console</source>
        <translation>al presentar, hacer una cuenta atrás de estos minutos en la consola del presentador</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>no screen “{screen}”; screens are: {known}</source>
        <translation>no hay ninguna pantalla «{screen}»; las pantallas son: {known}</translation>
    </message>
</context>
<context>
    <name>EarlierVersions</name>
    <message>
        <source>Earlier Versions — {section}</source>
        <translation>Versiones anteriores: {section}</translation>
    </message>
    <message>
        <source>Your reflection on “{section}” as it was each time you came back to it. Restoring one puts it in the editor; Ctrl+Z there takes it back.</source>
        <translation>Su reflexión sobre «{section}» tal como estaba cada vez que volvió a ella. Al restaurar una, pasa al editor; Ctrl+Z allí lo deshace.</translation>
    </message>
    <message>
        <source>No earlier versions of your reflection on “{section}” yet. A new version starts each time you come back to the section and write.</source>
        <translation>Todavía no hay versiones anteriores de su reflexión sobre «{section}». Cada vez que vuelva a la sección y escriba, empieza una versión nueva.</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versiones, la más reciente primero</translation>
    </message>
    <message>
        <source>The chosen version&apos;s text</source>
        <translation>Texto de la versión elegida</translation>
    </message>
    <message>
        <source>(what you have now)</source>
        <translation>(lo que tiene ahora)</translation>
    </message>
    <message>
        <source>Started {when}</source>
        <translation>Iniciada el {when}</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Tether backups</source>
        <translation>Copias de seguridad de Tether</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
    <message>
        <source>Share Article</source>
        <translation>Compartir artículo</translation>
    </message>
    <message>
        <source>Back Up My Data</source>
        <translation>Hacer copia de seguridad de mis datos</translation>
    </message>
    <message>
        <source>Restore Data</source>
        <translation>Restaurar datos</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Saved the blank worksheet to {path}</source>
        <translation>Hoja de trabajo en blanco guardada en {path}</translation>
    </message>
    <message>
        <source>Saved the worksheet to {path}</source>
        <translation>Hoja de trabajo guardada en {path}</translation>
    </message>
    <message>
        <source>Could Not Share</source>
        <translation>No se pudo compartir</translation>
    </message>
    <message>
        <source>Saved the article to {path}</source>
        <translation>Artículo guardado en {path}</translation>
    </message>
    <message>
        <source>Could Not Print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The printer could not be used: {error}.</source>
        <translation>No se pudo usar la impresora: {error}.</translation>
    </message>
    <message>
        <source>Could Not Back Up</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Data Restored</source>
        <translation>Datos restaurados</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Your worksheet (your ticks and reflections)</source>
        <translation>Su hoja de trabajo (sus marcas y reflexiones)</translation>
    </message>
    <message>
        <source>A blank worksheet to hand out</source>
        <translation>Una hoja de trabajo en blanco para repartir</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>El artículo</translation>
    </message>
    <message>
        <source>Export Worksheet</source>
        <translation>Exportar hoja de trabajo</translation>
    </message>
    <message>
        <source>Export Blank Worksheet</source>
        <translation>Exportar hoja en blanco</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Save your ticks and reflections on “{title}”, section by section.</source>
        <translation>Guarda sus marcas y reflexiones sobre «{title}», sección por sección.</translation>
    </message>
    <message>
        <source>Save a worksheet of “{title}” to hand out: every sign unticked, room to write under each section, and nothing of your own in it.</source>
        <translation>Guarda una hoja de trabajo de «{title}» para repartir: todas las señales sin marcar, espacio para escribir bajo cada sección y nada suyo en ella.</translation>
    </message>
    <message>
        <source>Print from “{title}”. A preview comes first.</source>
        <translation>Imprimir desde «{title}». Primero se muestra una vista previa.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Include the article’s text</source>
        <translation>Incluir el texto del artículo</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Chart: {group}</source>
        <translation>Gráfico: {group}</translation>
    </message>
    <message>
        <source>now {count} of {total}</source>
        <translation>ahora {count} de {total}</translation>
    </message>
    <message>
        <source>{group}: no check-ins yet.</source>
        <translation>{group}: todavía no hay revisiones.</translation>
    </message>
    <message>
        <source>{date}: {count} of {total}</source>
        <translation>{date}: {count} de {total}</translation>
    </message>
    <message>
        <source>{group}, signs ticked at each check-in. {counts}.</source>
        <translation>{group}, señales marcadas en cada revisión. {counts}.</translation>
    </message>
    <message>
        <source>History — {title}</source>
        <translation>Historial: {title}</translation>
    </message>
    <message>
        <source>Charts: signs ticked at each check-in, one per group</source>
        <translation>Gráficos: señales marcadas en cada revisión, uno por grupo</translation>
    </message>
    <message>
        <source>The numbers as tables</source>
        <translation>Las cifras en tablas</translation>
    </message>
    <message>
        <source>Check-ins: date, signs ticked, note</source>
        <translation>Revisiones: fecha, señales marcadas, nota</translation>
    </message>
    <message>
        <source>Each sign: ticked or not at each check-in</source>
        <translation>Cada señal: marcada o no en cada revisión</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Each sign</source>
        <translation>Cada señal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Delete Check-in</source>
        <translation>&amp;Eliminar revisión</translation>
    </message>
    <message>
        <source>Delete the selected earlier check-in (you can undo it)</source>
        <translation>Eliminar la revisión anterior seleccionada (se puede deshacer)</translation>
    </message>
    <message>
        <source>The check-in of {date} was deleted.</source>
        <translation>Se eliminó la revisión del {date}.</translation>
    </message>
    <message>
        <source>This article has no checklist of signs, so there is nothing to check in on.</source>
        <translation>Este artículo no tiene una lista de señales, así que no hay nada que revisar.</translation>
    </message>
    <message>
        <source>No check-ins yet. Tick the signs that fit you; each time you come back, start a new check-in (Reflect › New Check-in, Ctrl+Shift+N) to see how your answers change.</source>
        <translation>Todavía no hay revisiones. Marque las señales que encajan con usted; cada vez que vuelva, empiece una revisión nueva (Reflexionar › Nueva revisión, Ctrl+Mayús+N) para ver cómo cambian sus respuestas.</translation>
    </message>
    <message>
        <source>One check-in so far, on {date}, so each chart is a single point. When you come back, start a new check-in (Reflect › New Check-in, Ctrl+Shift+N): your answers then are drawn beside these.</source>
        <translation>Por ahora hay una revisión, del {date}, así que cada gráfico es un solo punto. Cuando vuelva, empiece una revisión nueva (Reflexionar › Nueva revisión, Ctrl+Mayús+N): sus respuestas de entonces se dibujarán junto a estas.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins, from {first} to {last}.</source>
        <translation>
            <numerusform>%n revisión, del {first} al {last}.</numerusform>
            <numerusform>%n revisiones, del {first} al {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{title}” is not in your library.</source>
        <translation>«{title}» no está en su biblioteca.</translation>
    </message>
    <message>
        <source>At section 88 of 88</source>
        <translation>En la sección 88 de 88</translation>
    </message>
    <message>
        <source>Markdown articles</source>
        <translation>Artículos Markdown</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Leídos recientemente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Añadir artículo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Your articles folder</source>
        <translation>Su carpeta de artículos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <source>&amp;Add Article…</source>
        <translation>Aña&amp;dir artículo…</translation>
    </message>
    <message>
        <source>Close Library</source>
        <translation>Cerrar la biblioteca</translation>
    </message>
    <message>
        <source>Articles in your &amp;library</source>
        <translation>Artícu&amp;los de su biblioteca</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artículos de la biblioteca</translation>
    </message>
    <message>
        <source>Sort articles by</source>
        <translation>Ordenar artículos por</translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation>No se puede añadir el artículo</translation>
    </message>
    <message>
        <source>Added “{file}” as {name}.</source>
        <translation>Se añadió «{file}» como {name}.</translation>
    </message>
    <message>
        <source>“{file}” is already in your articles folder.</source>
        <translation>«{file}» ya está en su carpeta de artículos.</translation>
    </message>
    <message>
        <source>Your articles folder: {folder}</source>
        <translation>Su carpeta de artículos: {folder}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Tether speaks the new language the next time it starts.</source>
        <translation>Tether mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the page and the panels</source>
        <translation>Colores de la página y de los paneles</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Tipo de letra de lectura</translation>
    </message>
    <message>
        <source>The typeface of the article</source>
        <translation>El tipo de letra del artículo</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>The size of the article&apos;s text, in pixels</source>
        <translation>El tamaño del texto del artículo, en píxeles</translation>
    </message>
    <message>
        <source>Line length</source>
        <translation>Longitud de línea</translation>
    </message>
    <message>
        <source>How many characters a line holds, 55 to 80</source>
        <translation>Cuántos caracteres caben en una línea, de 55 a 80</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>El idioma de los menús, diálogos y mensajes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Tipo de &amp;letra:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Line length:</source>
        <translation>Longitud de &amp;línea:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>{theme} sets the page in {font}; choose another font here to read in that instead.</source>
        <translation>{theme} compone la página en {font}; elija aquí otro tipo de letra para leer con él.</translation>
    </message>
</context>
<context>
    <name>PresentKeys</name>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page Down, →, ↓, Space, Enter, N</source>
        <translation>Av Pág, →, ↓, Espacio, Intro, N</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page Up, ←, ↑, Backspace, P</source>
        <translation>Re Pág, ←, ↑, Retroceso, P</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>Primera / última página</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <source>Go to section n</source>
        <translation>Ir a la sección n</translation>
    </message>
    <message>
        <source>n, then Enter</source>
        <translation>n, luego Intro</translation>
    </message>
    <message>
        <source>Black / white screen (any key returns)</source>
        <translation>Pantalla negra / blanca (cualquier tecla vuelve)</translation>
    </message>
    <message>
        <source>B or . / W or ,</source>
        <translation>B o . / W o ,</translation>
    </message>
    <message>
        <source>Group checklist, one sign at a time; how many recognise it</source>
        <translation>Lista del grupo, una señal cada vez; cuántos la reconocen</translation>
    </message>
    <message>
        <source>C, then next; n or + / −</source>
        <translation>C, luego siguiente; n o + / −</translation>
    </message>
    <message>
        <source>Larger / smaller / usual text</source>
        <translation>Texto más grande / más pequeño / normal</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+− / Ctrl+0</source>
        <translation>Ctrl++ / Ctrl+− / Ctrl+0</translation>
    </message>
    <message>
        <source>Swap the screens / pause or resume the timer</source>
        <translation>Intercambiar las pantallas / pausar o reanudar el cronómetro</translation>
    </message>
    <message>
        <source>Type your own notes on the console (Esc: stop typing)</source>
        <translation>Escribir sus propias notas en la consola (Esc: dejar de escribir)</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Estas teclas</translation>
    </message>
    <message>
        <source>Close an overlay, then stop presenting</source>
        <translation>Cerrar una superposición y luego dejar de presentar</translation>
    </message>
    <message>
        <source>Start or resume presenting</source>
        <translation>Empezar o reanudar la presentación</translation>
    </message>
    <message>
        <source>keys: Space next · P back · n Enter section · C checklist (n, + / − count) · B black · T timer · Esc stop · any key closes</source>
        <translation>teclas: Espacio siguiente · P atrás · n Intro sección · C lista (n, + / − recuento) · B negro · T cronómetro · Esc salir · cualquier tecla cierra</translation>
    </message>
</context>
<context>
    <name>PresentationScreen</name>
    <message>
        <source>&amp;Automatic (Not the Reader’s Screen)</source>
        <translation>&amp;Automática (no la pantalla del lector)</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (no conectada)</translation>
    </message>
    <message>
        <source>Presentation &amp;Screen</source>
        <translation>Pantalla de pre&amp;sentación</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Tether — presenter console</source>
        <translation>Tether: consola del presentador</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Consola del presentador</translation>
    </message>
    <message>
        <source>Timer paused: T resumes</source>
        <translation>Cronómetro en pausa: T lo reanuda</translation>
    </message>
    <message>
        <source>Your notes on this section</source>
        <translation>Sus notas sobre esta sección</translation>
    </message>
    <message>
        <source>Your own notes on this section (E to type, Esc to stop): saved as you type, never shown to the room.</source>
        <translation>Sus propias notas sobre esta sección (E para escribir, Esc para parar): se guardan mientras escribe y nunca se muestran a la sala.</translation>
    </message>
    <message>
        <source>Workshop name (optional)</source>
        <translation>Nombre del taller (opcional)</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>Nombre del taller</translation>
    </message>
    <message>
        <source>On the room’s screen</source>
        <translation>En la pantalla de la sala</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Workshop tally</source>
        <translation>Recuento del taller</translation>
    </message>
    <message>
        <source>Export Tally…</source>
        <translation>Exportar recuento…</translation>
    </message>
    <message>
        <source>Swap Screens (S)</source>
        <translation>Intercambiar pantallas (S)</translation>
    </message>
    <message>
        <source>Checklist (C)</source>
        <translation>Lista (C)</translation>
    </message>
    <message>
        <source>Black Screen (B)</source>
        <translation>Pantalla negra (B)</translation>
    </message>
    <message>
        <source>Pause Timer (T)</source>
        <translation>Pausar cronómetro (T)</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Teclas (F1)</translation>
    </message>
    <message>
        <source>Stop Presenting (Esc)</source>
        <translation>Dejar de presentar (Esc)</translation>
    </message>
    <message>
        <source>Discussion question: {prompt}</source>
        <translation>Pregunta para debatir: {prompt}</translation>
    </message>
    <message>
        <source>No notes in this section.</source>
        <translation>No hay notas en esta sección.</translation>
    </message>
    <message>
        <source>Paused: the room sees nothing. When you go on it will see</source>
        <translation>En pausa: la sala no ve nada. Cuando continúe verá</translation>
    </message>
    <message>
        <source>Continue on “{screen}”</source>
        <translation>Continuar en «{screen}»</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Dejar de presentar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Transcurrido {time}</translation>
    </message>
    <message>
        <source>Clock {time}</source>
        <translation>Hora {time}</translation>
    </message>
    <message>
        <source>Resume Timer (T)</source>
        <translation>Reanudar cronómetro (T)</translation>
    </message>
    <message>
        <source>Over {time}</source>
        <translation>Excedido {time}</translation>
    </message>
    <message>
        <source>Left {time}</source>
        <translation>Quedan {time}</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>End of the article</source>
        <translation>Fin del artículo</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <source>section {number}/{count} · {checklist}</source>
        <translation>sección {number}/{count} · {checklist}</translation>
    </message>
    <message>
        <source>section {number}/{count} · page {page}/{pages}</source>
        <translation>sección {number}/{count} · página {page}/{pages}</translation>
    </message>
    <message>
        <source>{title} — Tether presentation</source>
        <translation>{title}: presentación de Tether</translation>
    </message>
    <message>
        <source>Presentation for the room</source>
        <translation>Presentación para la sala</translation>
    </message>
    <message>
        <source>Your notes are on the presenter console (a second screen).</source>
        <translation>Sus notas están en la consola del presentador (una segunda pantalla).</translation>
    </message>
    <message>
        <source>The count could not be saved: {error}</source>
        <translation>No se pudo guardar el recuento: {error}</translation>
    </message>
    <message>
        <source>Counts go to today’s workshop from the first one typed (C, then a number).</source>
        <translation>Los recuentos van al taller de hoy a partir del primero que escriba (C y luego un número).</translation>
    </message>
    <message numerus="yes">
        <source>{workshop}: %n signs counted.</source>
        <translation>
            <numerusform>{workshop}: %n señal contada.</numerusform>
            <numerusform>{workshop}: %n señales contadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room’s screen “{screen}” was disconnected. Presenting is paused; nothing is shown to the room.</source>
        <translation>Se desconectó la pantalla de la sala «{screen}». La presentación está en pausa; no se muestra nada a la sala.</translation>
    </message>
    <message>
        <source>This is the last page.</source>
        <translation>Esta es la última página.</translation>
    </message>
    <message>
        <source>This is the first page.</source>
        <translation>Esta es la primera página.</translation>
    </message>
    <message>
        <source>There is no section {number}; there are {count}.</source>
        <translation>No existe la sección {number}; hay {count}.</translation>
    </message>
    <message>
        <source>This section has no checklist.</source>
        <translation>Esta sección no tiene lista de señales.</translation>
    </message>
    <message>
        <source>checklist {shown}/{total}</source>
        <translation>lista {shown}/{total}</translation>
    </message>
    <message>
        <source>go to section {number}…</source>
        <translation>ir a la sección {number}…</translation>
    </message>
    <message>
        <source>The room sees a black screen. Any key brings the page back.</source>
        <translation>La sala ve una pantalla negra. Cualquier tecla recupera la página.</translation>
    </message>
    <message>
        <source>The room sees a white screen. Any key brings the page back.</source>
        <translation>La sala ve una pantalla blanca. Cualquier tecla recupera la página.</translation>
    </message>
    <message>
        <source>Counting {count} for this sign…</source>
        <translation>Contando {count} para esta señal…</translation>
    </message>
    <message>
        <source>Section {number} of {count}: {title} · page {page} of {pages}</source>
        <translation>Sección {number} de {count}: {title} · página {page} de {pages}</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>aún sin contar</translation>
    </message>
    <message>
        <source>Room’s count for “{sign}”: {count} (type a number, or + / −)</source>
        <translation>Recuento de la sala para «{sign}»: {count} (escriba un número, o + / −)</translation>
    </message>
    <message>
        <source>Go to section {number}… (Enter)</source>
        <translation>Ir a la sección {number}… (Intro)</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: {shown} of %n signs shown</source>
        <translation>
            <numerusform>Lista: {shown} de %n señal a la vista</numerusform>
            <numerusform>Lista: {shown} de %n señales a la vista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopTally</name>
    <message>
        <source>Export Workshop Tally</source>
        <translation>Exportar recuento del taller</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Which workshop’s tally?</source>
        <translation>¿El recuento de qué taller?</translation>
    </message>
    <message>
        <source>There is no workshop tally for this article yet. While presenting, press C for a section&apos;s checklist and type how many people recognise each sign.</source>
        <translation>Todavía no hay un recuento del taller para este artículo. Al presentar, pulse C para ver la lista de una sección y escriba cuántas personas reconocen cada señal.</translation>
    </message>
</context>
</TS>
