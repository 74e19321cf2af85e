<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open Article…</source>
        <translation>&amp;Abrir artículo…</translation>
    </message>
    <message>
        <source>Open a Markdown article</source>
        <translation>Abrir un artículo en Markdown</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>List the bundled articles and your own, with your progress in each</source>
        <translation>Mostrar los artículos incluidos y los suyos, con su progreso en cada uno</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>Exportar &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <source>Save your ticks and reflections as a Markdown, PDF or web page worksheet</source>
        <translation>Guardar sus marcas y reflexiones como hoja de trabajo en Markdown, PDF o página web</translation>
    </message>
    <message>
        <source>Export Blan&amp;k Worksheet…</source>
        <translation>Exportar hoja en bla&amp;nco…</translation>
    </message>
    <message>
        <source>Save a worksheet to hand out: nothing ticked, room to write, none of your data</source>
        <translation>Guardar una hoja para repartir: nada marcado, espacio para escribir, ninguno de sus datos</translation>
    </message>
    <message>
        <source>Export Work&amp;shop Tally…</source>
        <translation>Exportar recuento del ta&amp;ller…</translation>
    </message>
    <message>
        <source>Save a workshop&apos;s anonymous group tally (how many recognised each sign) as Markdown or CSV</source>
        <translation>Guardar el recuento anónimo de grupo de un taller (cuántos reconocieron cada señal) como Markdown o CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print your worksheet or the article, with a preview</source>
        <translation>Imprimir su hoja de trabajo o el artículo, con vista previa</translation>
    </message>
    <message>
        <source>Share &amp;Article…</source>
        <translation>&amp;Compartir artículo…</translation>
    </message>
    <message>
        <source>Save the article itself as a web page or PDF to give to someone</source>
        <translation>Guardar el propio artículo como página web o PDF para dárselo a alguien</translation>
    </message>
    <message>
        <source>&amp;Back Up My Data…</source>
        <translation>Hacer copia de seguridad de mis &amp;datos…</translation>
    </message>
    <message>
        <source>Save every reflection, tick and reading position in one file</source>
        <translation>Guardar todas las reflexiones, marcas y posiciones de lectura en un archivo</translation>
    </message>
    <message>
        <source>Res&amp;tore Data…</source>
        <translation>Res&amp;taurar datos…</translation>
    </message>
    <message>
        <source>Bring back data from a backup file; nothing you have now is removed</source>
        <translation>Recuperar datos de un archivo de copia de seguridad; no se elimina nada de lo que tiene ahora</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Choose the theme, font, text size and line length</source>
        <translation>Elegir el tema, el tipo de letra, el tamaño del texto y la longitud de línea</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Save everything and quit Tether</source>
        <translation>Guardar todo y salir de Tether</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find words in the article</source>
        <translation>Buscar palabras en el artículo</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next match (Enter in the find bar)</source>
        <translation>Ir a la siguiente coincidencia (Intro en la barra de búsqueda)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+Enter in the find bar)</source>
        <translation>Ir a la coincidencia anterior (Mayús+Intro en la barra de búsqueda)</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next section</source>
        <translation>Ir a la sección siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous section</source>
        <translation>Ir a la sección anterior</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Mover el foco del teclado al panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Pa&amp;nel anterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Mover el foco del teclado al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Reflect on This Section</source>
        <translation>&amp;Reflexionar sobre esta sección</translation>
    </message>
    <message>
        <source>Write your reflection on the section you are reading</source>
        <translation>Escribir su reflexión sobre la sección que está leyendo</translation>
    </message>
    <message>
        <source>&amp;Earlier Versions…</source>
        <translation>&amp;Versiones anteriores…</translation>
    </message>
    <message>
        <source>See the earlier versions of this section&apos;s reflection, and restore one</source>
        <translation>Ver las versiones anteriores de la reflexión de esta sección y restaurar una</translation>
    </message>
    <message>
        <source>&amp;New Check-in</source>
        <translation>&amp;Nueva revisión</translation>
    </message>
    <message>
        <source>Tick the signs afresh; your earlier answers are kept and shown beside each sign</source>
        <translation>Marcar las señales de nuevo; sus respuestas anteriores se conservan y se muestran junto a cada señal</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>Se&amp;cciones</translation>
    </message>
    <message>
        <source>Show or hide the sections of the article</source>
        <translation>Mostrar u ocultar las secciones del artículo</translation>
    </message>
    <message>
        <source>Si&amp;gns</source>
        <translation>Seña&amp;les</translation>
    </message>
    <message>
        <source>Show or hide the checklist of signs</source>
        <translation>Mostrar u ocultar la lista de señales</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflexiones</translation>
    </message>
    <message>
        <source>Show or hide your reflections (Ctrl+R writes one on this section)</source>
        <translation>Mostrar u ocultar sus reflexiones (Ctrl+R escribe una sobre esta sección)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>How your answers changed from one check-in to the next</source>
        <translation>Cómo cambiaron sus respuestas de una revisión a la siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Agrandar el texto</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Achicar el texto</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;original</translation>
    </message>
    <message>
        <source>Show the text at its normal size</source>
        <translation>Mostrar el texto a su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Show the article full screen for a room, section by section, with a presenter console</source>
        <translation>Mostrar el artículo a pantalla completa para una sala, sección a sección, con una consola del presentador</translation>
    </message>
    <message>
        <source>Show Spea&amp;ker Notes</source>
        <translation>Mostrar &amp;notas del orador</translation>
    </message>
    <message>
        <source>Show the article&apos;s “Note:” quotes for whoever presents it (the room never sees them)</source>
        <translation>Mostrar las citas «Note:» del artículo para quien lo presenta (la sala nunca las ve)</translation>
    </message>
    <message>
        <source>Speaker &amp;Notes Pane</source>
        <translation>Pan&amp;el de notas del orador</translation>
    </message>
    <message>
        <source>Write your own notes for presenting this section; only the presenter console shows them</source>
        <translation>Escribir sus propias notas para presentar esta sección; solo la consola del presentador las muestra</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Mostrar todos los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Tether</source>
        <translation>A&amp;cerca de Tether</translation>
    </message>
    <message>
        <source>About Tether</source>
        <translation>Acerca de Tether</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Sección sin título</translation>
    </message>
</context>
<context>
    <name>ArticleError</name>
    <message>
        <source>Cannot open “{file}”: {reason}</source>
        <translation>No se puede abrir «{file}»: {reason}</translation>
    </message>
    <message>
        <source>the articles folder has no free name for it.</source>
        <translation>la carpeta de artículos no tiene ningún nombre libre para él.</translation>
    </message>
    <message>
        <source>somewhere else</source>
        <translation>otro lugar</translation>
    </message>
    <message>
        <source>it was not copied, because the articles folder {folder} is a symbolic link to {target}, and Tether never writes through links inside its data folder. Replace the link with a real folder (for example, move the folder it points to into its place) and add the article again.</source>
        <translation>no se copió porque la carpeta de artículos {folder} es un enlace simbólico a {target}, y Tether nunca escribe a través de enlaces dentro de su carpeta de datos. Sustituya el enlace por una carpeta real (por ejemplo, mueva a su lugar la carpeta a la que apunta) y vuelva a añadir el artículo.</translation>
    </message>
    <message>
        <source>it could not be copied ({reason}).</source>
        <translation>no se pudo copiar ({reason}).</translation>
    </message>
    <message>
        <source>its lists or quotes are nested too deeply to show.</source>
        <translation>sus listas o citas están anidadas a demasiada profundidad para mostrarlas.</translation>
    </message>
    <message>
        <source>it needs more memory to lay out than there is.</source>
        <translation>necesita más memoria para maquetarse de la que hay.</translation>
    </message>
    <message>
        <source>laying it out took longer than {seconds} seconds, so Tether stopped; its Markdown may be built to slow programs down.</source>
        <translation>maquetarlo llevó más de {seconds} segundos, así que Tether se detuvo; puede que su Markdown esté hecho para ralentizar los programas.</translation>
    </message>
    <message>
        <source>it has {lines} lines; Tether opens articles of up to {limit}.</source>
        <translation>tiene {lines} líneas; Tether abre artículos de hasta {limit}.</translation>
    </message>
    <message>
        <source>it has about {blocks} paragraphs, list items and headings; Tether opens articles of up to {limit}.</source>
        <translation>tiene unos {blocks} párrafos, elementos de lista y encabezados; Tether abre artículos de hasta {limit}.</translation>
    </message>
    <message>
        <source>the file has no text to read.</source>
        <translation>el archivo no tiene texto que leer.</translation>
    </message>
    <message>
        <source>the file is {size} MB; the limit is {limit} MB for an article.</source>
        <translation>el archivo ocupa {size} MB; el límite para un artículo es de {limit} MB.</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe or a device, say), so it is not read.</source>
        <translation>no es un archivo normal (es, por ejemplo, una tubería o un dispositivo), así que no se lee.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>no se pudo leer ({reason}).</translation>
    </message>
    <message>
        <source>it is a binary file, not Markdown text.</source>
        <translation>es un archivo binario, no texto Markdown.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte} cannot be decoded).</source>
        <translation>no es texto UTF-8 (el byte {byte} no se puede descodificar).</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This link does not lead anywhere Tether can open.</source>
        <translation>Este enlace no lleva a ningún sitio que Tether pueda abrir.</translation>
    </message>
    <message>
        <source>This link names a file ({name}); Tether follows only web and mail links.</source>
        <translation>Este enlace apunta a un archivo ({name}); Tether solo sigue enlaces web y de correo.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Part of the Article Cannot Be Shown</source>
        <translation>No se puede mostrar parte del artículo</translation>
    </message>
    <message>
        <source>{reason}

Tether shows the sections before the one it could not lay out.</source>
        <translation>{reason}

Tether muestra las secciones anteriores a la que no pudo componer.</translation>
    </message>
    <message>
        <source>Ticked — click to untick</source>
        <translation>Marcada: pulse para desmarcar</translation>
    </message>
    <message>
        <source>Click to tick</source>
        <translation>Pulse para marcar</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Links and tick boxes in the article</source>
        <translation>Enlaces y casillas del artículo</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Marcar o desmarcar</translation>
    </message>
    <message>
        <source>Follow link</source>
        <translation>Seguir el enlace</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>Check-in</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{column}: none</source>
        <translation>{column}: ninguna</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>Double-click to write a one-line note for this check-in</source>
        <translation>Pulse dos veces para escribir una nota de una línea para esta revisión</translation>
    </message>
    <message>
        <source>{date} (current)</source>
        <translation>{date} (actual)</translation>
    </message>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} de {total}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>{date}: ticked</source>
        <translation>{date}: marcada</translation>
    </message>
    <message>
        <source>{date}: not ticked</source>
        <translation>{date}: sin marcar</translation>
    </message>
</context>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignora el valor indicado %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>Read a reflective article, tick the signs you recognise, and write reflections that stay on this computer.</source>
        <translation>Lea un artículo para reflexionar, marque las señales que reconozca y escriba reflexiones que se quedan en este equipo.</translation>
    </message>
    <message>
        <source>a Markdown article (default: the last one read)</source>
        <translation>un artículo en Markdown (predeterminado: el último leído)</translation>
    </message>
    <message>
        <source>keep all of Tether&apos;s data and settings in this folder (also: the TETHER_DATA_DIR environment variable)</source>
        <translation>guardar todos los datos y ajustes de Tether en esta carpeta (también: la variable de entorno TETHER_DATA_DIR)</translation>
    </message>
    <message>
        <source>open at the section with this id</source>
        <translation>abrir en la sección con este identificador</translation>
    </message>
    <message>
        <source>open the window, print startup_ms=N once the article is painted and complete_ms=N once the rest of the window is, and exit</source>
        <translation>abrir la ventana, escribir startup_ms=N cuando el artículo esté dibujado y complete_ms=N cuando lo esté el resto de la ventana, y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <source>{error}

Tether opens its bundled article instead.</source>
        <translation>{error}

Tether abre en su lugar el artículo que incluye.</translation>
    </message>
    <message>
        <source>waiting for the Tether open with {folder}…</source>
        <translation>esperando al Tether abierto con {folder}…</translation>
    </message>
    <message>
        <source>Tether is already open with {folder}; it shows it.</source>
        <translation>Tether ya está abierto con {folder}; lo muestra.</translation>
    </message>
    <message>
        <source>no section “{section}”; sections are: {known}</source>
        <translation>no hay ninguna sección «{section}»; las secciones son: {known}</translation>
    </message>
    <message>
        <source>no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set); run Tether from a desktop session, or set QT_QPA_PLATFORM=offscreen for headless use.</source>
        <translation>no se encontró ninguna pantalla gráfica (DISPLAY y WAYLAND_DISPLAY no están definidas); ejecute Tether desde una sesión de escritorio o defina QT_QPA_PLATFORM=offscreen para usarlo sin pantalla.</translation>
    </message>
    <message>
        <source>Qt cannot open a window on this X11 display: some system libraries are missing.
Tether needs these system packages: sudo apt-get install {packages}
(On other Linux distributions, install the packages that provide {libraries}.)</source>
        <extracomment>The message (in English) when there is no display to open a window on.</extracomment>
        <translation>Qt no puede abrir una ventana en esta pantalla X11: faltan algunas bibliotecas del sistema.
Tether necesita estos paquetes del sistema: sudo apt-get install {packages}
(En otras distribuciones de Linux, instale los paquetes que proporcionan {libraries}.)</translation>
    </message>
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
    <name>DataFile</name>
    <message>
        <source>Tether could not make a backup in {folder}. {reason}</source>
        <translation>Tether no pudo hacer una copia de seguridad en {folder}. {reason}</translation>
    </message>
    <message>
        <source>{file} is not a Tether data file ({reason}).</source>
        <translation>{file} no es un archivo de datos de Tether ({reason}).</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Tether could not use its data file {file}: {reason}.</source>
        <translation>Tether no pudo usar su archivo de datos {file}: {reason}.</translation>
    </message>
    <message>
        <source>somewhere else</source>
        <translation>otro lugar</translation>
    </message>
    <message>
        <source>Tether will not use {path}: it is a symbolic link to {target}. Tether never writes through links inside its data folder, so that nothing outside it is changed. Replace the link with the real file or folder (for example, move {target} to {path}), or remove the link, and start Tether again.</source>
        <translation>Tether no usará {path}: es un enlace simbólico a {target}. Tether nunca escribe a través de enlaces dentro de su carpeta de datos, para que nada fuera de ella cambie. Sustituya el enlace por el archivo o la carpeta reales (por ejemplo, mueva {target} a {path}), o elimine el enlace, e inicie Tether de nuevo.</translation>
    </message>
    <message>
        <source>Tether cannot use {folder}: it exists but is not a folder.</source>
        <translation>Tether no puede usar {folder}: existe, pero no es una carpeta.</translation>
    </message>
    <message>
        <source>Tether cannot prepare the folder {folder}: {reason}.</source>
        <translation>Tether no puede preparar la carpeta {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Tether cannot use {folder} as its data folder: it exists but is not a folder.</source>
        <translation>Tether no puede usar {folder} como carpeta de datos: existe, pero no es una carpeta.</translation>
    </message>
    <message>
        <source>Tether cannot prepare its data folder {folder}: {reason}.</source>
        <translation>Tether no puede preparar su carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Tether found that its data file {file} is damaged but could not replace it: {reason}. Anything moved is in {folder}; nothing was deleted.</source>
        <translation>Tether encontró dañado su archivo de datos {file}, pero no pudo sustituirlo: {reason}. Lo que se movió está en {folder}; no se eliminó nada.</translation>
    </message>
    <message>
        <source>Tether found a leftover file beside its data file that did not belong to it and moved it to the folder {folder}. Your reflections and ticks were not changed.</source>
        <translation>Tether encontró junto a su archivo de datos un archivo sobrante que no le pertenecía y lo movió a la carpeta {folder}. Sus reflexiones y marcas no han cambiado.</translation>
    </message>
    <message>
        <source>Tether found a problem with its data file {file}, but another Tether is using it. Please close every Tether window and start Tether again.</source>
        <translation>Tether encontró un problema en su archivo de datos {file}, pero otro Tether lo está usando. Cierre todas las ventanas de Tether y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Tether found a problem with its data file {file} but could not move {name} to {folder}: {reason}. Nothing was deleted.</source>
        <translation>Tether encontró un problema en su archivo de datos {file}, pero no pudo mover {name} a {folder}: {reason}. No se eliminó nada.</translation>
    </message>
    <message>
        <source>Tether&apos;s data file had been mixed up with part of another one, so Tether moved it to the folder {folder} and started a new one.</source>
        <translation>El archivo de datos de Tether se había mezclado con parte de otro, así que Tether lo movió a la carpeta {folder} y empezó uno nuevo.</translation>
    </message>
    <message>
        <source>Tether&apos;s data file could not be read at all, so Tether moved it to the folder {folder} and started a new one.</source>
        <translation>El archivo de datos de Tether no se pudo leer en absoluto, así que Tether lo movió a la carpeta {folder} y empezó uno nuevo.</translation>
    </message>
    <message>
        <source>Tether&apos;s data file was damaged, so Tether moved it to the folder {folder} and started a new one.</source>
        <translation>El archivo de datos de Tether estaba dañado, así que Tether lo movió a la carpeta {folder} y empezó uno nuevo.</translation>
    </message>
    <message>
        <source>{what} from the old file</source>
        <translation>{what} del archivo antiguo</translation>
    </message>
    <message>
        <source>{what} from a backup</source>
        <translation>{what} de una copia de seguridad</translation>
    </message>
    <message>
        <source>It recovered {old} and {backup}.</source>
        <translation>Recuperó {old} y {backup}.</translation>
    </message>
    <message>
        <source>It recovered {what}.</source>
        <translation>Recuperó {what}.</translation>
    </message>
    <message>
        <source>Nothing could be read back from it, and the backup was empty.</source>
        <translation>No se pudo recuperar nada de él, y la copia de seguridad estaba vacía.</translation>
    </message>
    <message>
        <source>Nothing could be read back from it, and there was no backup to use.</source>
        <translation>No se pudo recuperar nada de él, y no había ninguna copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist ticks</source>
        <translation>
            <numerusform>%n marca de la lista</numerusform>
            <numerusform>%n marcas de la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n posición de lectura</numerusform>
            <numerusform>%n posiciones de lectura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections marked as read</source>
        <translation>
            <numerusform>%n sección marcada como leída</numerusform>
            <numerusform>%n secciones marcadas como leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n revisión</numerusform>
            <numerusform>%n revisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection versions</source>
        <translation>
            <numerusform>%n versión de reflexión</numerusform>
            <numerusform>%n versiones de reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker notes</source>
        <translation>
            <numerusform>%n nota del orador</numerusform>
            <numerusform>%n notas del orador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop tally rows</source>
        <translation>
            <numerusform>%n fila del recuento del taller</numerusform>
            <numerusform>%n filas del recuento del taller</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ningún dato</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a Tether backup. Please choose the backup file itself.</source>
        <translation>{file} es una carpeta, no una copia de seguridad de Tether. Elija el propio archivo de la copia.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup: it is not an ordinary file (it is a named pipe, a device or a socket), so Tether does not read it.</source>
        <translation>{file} no es una copia de seguridad de Tether: no es un archivo normal (es una tubería con nombre, un dispositivo o un socket), así que Tether no lo lee.</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than any Tether backup (the limit is {limit}), so it is not restored. {unchanged}</source>
        <translation>{file} ocupa {size}, más que cualquier copia de seguridad de Tether (el límite es {limit}), así que no se restaura. {unchanged}</translation>
    </message>
    <message>
        <source>You do not have permission to read {file}.</source>
        <translation>No tiene permiso para leer {file}.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Tether backup.</source>
        <translation>{file} está vacío, así que no es una copia de seguridad de Tether.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup: it is not a database at all (a Tether backup is an SQLite database file, usually ending in .sqlite3).</source>
        <translation>{file} no es una copia de seguridad de Tether: ni siquiera es una base de datos (una copia de Tether es un archivo de base de datos SQLite, que suele terminar en .sqlite3).</translation>
    </message>
    <message>
        <source>Tether could not read {file}: {reason}.</source>
        <translation>Tether no pudo leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than any Tether backup (the limit is {limit}), so the backup is not restored. {unchanged}</source>
        <translation>{file} ocupa {size}, más que cualquier copia de seguridad de Tether (el límite es {limit}), así que la copia no se restaura. {unchanged}</translation>
    </message>
    <message>
        <source>it holds a view (“{name}”), which a Tether backup never has.</source>
        <translation>contiene una vista («{name}»), que una copia de Tether nunca tiene.</translation>
    </message>
    <message>
        <source>it holds a trigger (“{name}”), which a Tether backup never has.</source>
        <translation>contiene un disparador («{name}»), que una copia de Tether nunca tiene.</translation>
    </message>
    <message>
        <source>its table “{name}” is a virtual table, which Tether never makes.</source>
        <translation>su tabla «{name}» es una tabla virtual, algo que Tether nunca crea.</translation>
    </message>
    <message>
        <source>its table “{table}” has a column “{column}” that is computed by a formula (a generated column). Tether&apos;s backups never have one, and reading it could take all of the computer&apos;s memory.</source>
        <translation>su tabla «{table}» tiene una columna «{column}» calculada con una fórmula (una columna generada). Las copias de Tether nunca la tienen, y leerla podría ocupar toda la memoria del equipo.</translation>
    </message>
    <message>
        <source>a row of its table “{table}” holds a text of more than {limit} characters, longer than any Tether keeps.</source>
        <translation>una fila de su tabla «{table}» contiene un texto de más de {limit} caracteres, más largo que cualquiera que guarde Tether.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {reason} {unchanged}</source>
        <translation>{file} no se puede restaurar: {reason} {unchanged}</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Tether (data version {version}; this version understands up to {known}). Please update Tether; the file has not been changed.</source>
        <translation>{file} lo escribió una versión más reciente de Tether (versión de datos {version}; esta versión entiende hasta la {known}). Actualice Tether; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{file} is not a Tether data file (it is an SQLite database holding other data). The file has not been changed.</source>
        <translation>{file} no es un archivo de datos de Tether (es una base de datos SQLite con otros datos). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{file} already exists; Tether will not overwrite it.</source>
        <translation>{file} ya existe; Tether no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>Tether could not write the backup {file}. {reason}</source>
        <translation>Tether no pudo escribir la copia de seguridad {file}. {reason}</translation>
    </message>
    <message>
        <source>Saved {what} to {file}.</source>
        <translation>Se guardaron {what} en {file}.</translation>
    </message>
    <message>
        <source>{file} is a folder; please name a file for the backup.</source>
        <translation>{file} es una carpeta; indique un archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a named pipe, a device or a socket); Tether will not put a backup there. Please choose another name.</source>
        <translation>{file} no es un archivo normal (es una tubería con nombre, un dispositivo o un socket); Tether no guardará ahí una copia de seguridad. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Restored from {name}: {what} added or brought up to date. Nothing you had was removed.</source>
        <translation>Restaurado desde {name}: {what} añadidos o actualizados. No se eliminó nada de lo que tenía.</translation>
    </message>
    <message>
        <source>Everything in {name} was already here; nothing changed.</source>
        <translation>Todo lo de {name} ya estaba aquí; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is Tether&apos;s own data file, not a backup.</source>
        <translation>{file} es el propio archivo de datos de Tether, no una copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup ({reason}).</source>
        <translation>{file} no es una copia de seguridad de Tether ({reason}).</translation>
    </message>
    <message>
        <source>{file} is an empty database, not a Tether backup.</source>
        <translation>{file} es una base de datos vacía, no una copia de seguridad de Tether.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup (it holds other data).</source>
        <translation>{file} no es una copia de seguridad de Tether (contiene otros datos).</translation>
    </message>
    <message>
        <source>Tether could not read the backup {file}: {reason}.</source>
        <translation>Tether no pudo leer la copia de seguridad {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>DataKeeper</name>
    <message>
        <source>{what}

The old file is kept, untouched, at: {kept}</source>
        <translation>{what}

El archivo antiguo se conserva, intacto, en: {kept}</translation>
    </message>
    <message>
        <source>No backup made: {reason}</source>
        <translation>No se hizo ninguna copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Tether&apos;s data file {file} was replaced while Tether was open. Tether now uses the new file; what it had before is in the backups folder.</source>
        <translation>El archivo de datos {file} se sustituyó mientras Tether estaba abierto. Tether usa ahora el archivo nuevo; lo que tenía antes está en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Tether&apos;s data folder {folder} was deleted or moved while Tether was open. Tether made it again and put everything back.</source>
        <translation>La carpeta de datos {folder} se eliminó o movió mientras Tether estaba abierto. Tether la volvió a crear y lo restauró todo.</translation>
    </message>
    <message>
        <source>The folder {folder}, which holds Tether&apos;s data, is not there.</source>
        <translation>La carpeta {folder}, que contiene los datos de Tether, no está.</translation>
    </message>
    <message>
        <source>Tether&apos;s data folder {folder} is gone or cannot be used ({reason}).</source>
        <translation>La carpeta de datos {folder} ha desaparecido o no se puede usar ({reason}).</translation>
    </message>
    <message>
        <source>Tether Repaired Its Data File</source>
        <translation>Tether ha reparado su archivo de datos</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
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
    <name>Export</name>
    <message>
        <source>{name}: an article is shared as a web page (.html) or a PDF.</source>
        <translation>{name}: un artículo se comparte como página web (.html) o PDF.</translation>
    </message>
    <message>
        <source>Tether could not make the PDF: {reason}. No file was written.</source>
        <translation>Tether no pudo crear el PDF: {reason}. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>{name}: Tether does not know this file type; use one of {known}.</source>
        <translation>{name}: Tether no conoce este tipo de archivo; use uno de {known}.</translation>
    </message>
    <message>
        <source>only {written} of {size} bytes were written</source>
        <translation>solo se escribieron {written} de {size} bytes</translation>
    </message>
    <message>
        <source>the file holds {held} bytes instead of {size}</source>
        <translation>el archivo contiene {held} bytes en lugar de {size}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Tether cannot write in {folder}: {reason}.</source>
        <translation>Tether no puede escribir en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The file already there is unchanged.</source>
        <translation>El archivo que ya estaba no ha cambiado.</translation>
    </message>
    <message>
        <source>No file was made.</source>
        <translation>No se creó ningún archivo.</translation>
    </message>
    <message>
        <source>Tether could not write {file}: {reason}. {kept}</source>
        <translation>Tether no pudo escribir {file}: {reason}. {kept}</translation>
    </message>
    <message>
        <source>{file} is a folder; please name a file.</source>
        <translation>{file} es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a named pipe, a device or a socket); Tether will not write there. Please choose another name.</source>
        <translation>{file} no es un archivo normal (es una tubería con nombre, un dispositivo o un socket); Tether no escribirá ahí. Elija otro nombre.</translation>
    </message>
    <message>
        <source>{file} already exists; Tether will not overwrite it.</source>
        <translation>{file} ya existe; Tether no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>{page} of {pages}</source>
        <translation>{page} de {pages}</translation>
    </message>
</context>
<context>
    <name>ExportCommandLine</name>
    <message>
        <source>exporting a worksheet (no window is opened)</source>
        <translation>exportar una hoja de trabajo (no se abre ninguna ventana)</translation>
    </message>
    <message>
        <source>write the article&apos;s worksheet to OUT (.md, .html or .pdf) and exit</source>
        <translation>escribir la hoja de trabajo del artículo en OUT (.md, .html o .pdf) y salir</translation>
    </message>
    <message>
        <source>a blank worksheet for handouts: no ticks and none of your reflections</source>
        <translation>una hoja de trabajo en blanco para repartir: sin marcas y sin sus reflexiones</translation>
    </message>
    <message>
        <source>include the article&apos;s text</source>
        <translation>incluir el texto del artículo</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>sustituir OUT si existe</translation>
    </message>
    <message>
        <source>wrote the blank worksheet of “{title}” to {file}</source>
        <translation>se escribió la hoja de trabajo en blanco de «{title}» en {file}</translation>
    </message>
    <message>
        <source>wrote the worksheet of “{title}” to {file}</source>
        <translation>se escribió la hoja de trabajo de «{title}» en {file}</translation>
    </message>
    <message>
        <source>--blank, --with-article and --force go with --export-worksheet OUT.</source>
        <translation>--blank, --with-article y --force van con --export-worksheet OUT.</translation>
    </message>
    <message>
        <source>{file} already exists; add --force to replace it.</source>
        <translation>{file} ya existe; añada --force para sustituirlo.</translation>
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
    <name>FindBar</name>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
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
    <message numerus="yes">
        <source>%n check-ins, from {first} to {last}.</source>
        <translation>
            <numerusform>%n revisión, del {first} al {last}.</numerusform>
            <numerusform>%n revisiones, del {first} al {last}.</numerusform>
        </translation>
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
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Your articles</source>
        <translation>Sus artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled with Tether</source>
        <translation>Incluido con Tether</translation>
    </message>
    <message>
        <source>Your articles folder</source>
        <translation>Su carpeta de artículos</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>{read} of {total} read</source>
        <translation>{read} de {total} leídas</translation>
    </message>
    <message>
        <source>At section {section} of {total}</source>
        <translation>En la sección {section} de {total}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>{file} — Cannot open: {error}</source>
        <translation>{file} — No se puede abrir: {error}</translation>
    </message>
    <message>
        <source>Cannot open: {error}</source>
        <translation>No se puede abrir: {error}</translation>
    </message>
    <message>
        <source>Another file has the same article id, so both share one set of reflections and ticks.</source>
        <translation>Otro archivo tiene el mismo identificador de artículo, así que ambos comparten las mismas reflexiones y marcas.</translation>
    </message>
    <message>
        <source>{file}: cannot open, {error}</source>
        <translation>{file}: no se puede abrir, {error}</translation>
    </message>
    <message>
        <source>Progress: unknown</source>
        <translation>Progreso: desconocido</translation>
    </message>
    <message>
        <source>Progress: {progress}</source>
        <translation>Progreso: {progress}</translation>
    </message>
    <message>
        <source>progress unknown</source>
        <translation>progreso desconocido</translation>
    </message>
    <message>
        <source>bundled with Tether</source>
        <translation>incluido con Tether</translation>
    </message>
</context>
<context>
    <name>LinkQuestion</name>
    <message numerus="yes">
        <source>%n characters in all</source>
        <translation>
            <numerusform>%n carácter en total</numerusform>
            <numerusform>%n caracteres en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this link outside Tether?</source>
        <translation>¿Abrir este enlace fuera de Tether?</translation>
    </message>
    <message>
        <source>The link reads: “{words}”</source>
        <translation>El enlace dice: «{words}»</translation>
    </message>
    <message>
        <source>It leads to: {address}</source>
        <translation>Lleva a: {address}</translation>
    </message>
    <message>
        <source>The site is written {spelled} (it uses letters from other alphabets).</source>
        <translation>El sitio se escribe {spelled} (usa letras de otros alfabetos).</translation>
    </message>
    <message>
        <source>Careful: the words name {named}, but the link leads to {real}.</source>
        <translation>Cuidado: el texto nombra {named}, pero el enlace lleva a {real}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Tether</source>
        <translation>Acerca de Tether</translation>
    </message>
    <message>
        <source>Tether {version}

An offline reader for reflective articles. Your ticks and reflections stay on this computer.</source>
        <translation>Tether {version}

Un lector sin conexión de artículos para la reflexión. Sus marcas y reflexiones se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: Tether opens Markdown and text files ({kinds}).</source>
        <translation>No se puede abrir «{path}»: Tether abre archivos Markdown y de texto ({kinds}).</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <source>{title} — Tether</source>
        <translation>{title} — Tether</translation>
    </message>
    <message>
        <source>Markdown articles ({patterns});;All files (*)</source>
        <translation>Artículos en Markdown ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <source>Section {number} · {title}</source>
        <translation>Sección {number} · {title}</translation>
    </message>
    <message>
        <source>Section {number} of {count} · {title}</source>
        <translation>Sección {number} de {count} · {title}</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet. If you quit now, the words typed and the ticks made since the last save will be lost.</source>
        <translation>Sus últimos cambios aún no se han podido guardar. Si sale ahora, se perderán las palabras escritas y las marcas hechas desde la última vez que se guardó.</translation>
    </message>
    <message>
        <source>Reading Toolbar</source>
        <translation>Barra de lectura</translation>
    </message>
    <message>
        <source>Reading toolbar</source>
        <translation>Barra de lectura</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexionar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Signs checklist</source>
        <translation>Lista de señales</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>All reflections on this article</source>
        <translation>Todas las reflexiones sobre este artículo</translation>
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
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Tipo de &amp;letra:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Line length:</source>
        <translation>Longitud de lí&amp;nea:</translation>
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
    <message numerus="yes">
        <source>Checklist: {shown} of %n signs shown</source>
        <translation>
            <numerusform>Lista: {shown} de %n señal a la vista</numerusform>
            <numerusform>Lista: {shown} de %n señales a la vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{workshop}: %n signs counted.</source>
        <translation>
            <numerusform>{workshop}: %n señal contada.</numerusform>
            <numerusform>{workshop}: %n señales contadas.</numerusform>
        </translation>
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
</context>
<context>
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} de %n sección leída</numerusform>
            <numerusform>{read} de %n secciones leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections read</source>
        <translation>
            <numerusform>%n sección leída</numerusform>
            <numerusform>%n secciones leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <source>How much of the article is above the bottom of the page, and how many sections you have read. A section counts as read once you have stopped with its end on screen.</source>
        <translation>Cuánto del artículo queda por encima del borde inferior de la página y cuántas secciones ha leído. Una sección cuenta como leída cuando se detiene con su final en pantalla.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>{percent}% through</source>
        <translation>Al {percent} %</translation>
    </message>
</context>
<context>
    <name>ReadingToolBar</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>Más botones</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No Recent Articles</source>
        <translation>No hay artículos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) that no longer exist(s) from Open Recent: {names}.</source>
        <translation>
            <numerusform>Se quitó de «Abrir reciente» %n artículo que ya no existe: {names}.</numerusform>
            <numerusform>Se quitaron de «Abrir reciente» %n artículos que ya no existen: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet — Tether will keep trying. Your text is safe here.</source>
        <translation>Aún no se ha guardado: Tether seguirá intentándolo. Su texto está a salvo aquí.</translation>
    </message>
    <message>
        <source>Reflection on this section</source>
        <translation>Reflexión sobre esta sección</translation>
    </message>
    <message>
        <source>Reflection on “{section}”</source>
        <translation>Reflexión sobre «{section}»</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>Sin pregunta</translation>
    </message>
    <message>
        <source>Write what this section brings up for you. It saves as you type.</source>
        <translation>Escriba lo que esta sección le despierta. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Guardado: {when}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Aún no hay nada escrito</translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <source>Reflection on {section}, {when}: {text}</source>
        <translation>Reflexión sobre {section}, {when}: {text}</translation>
    </message>
    <message>
        <source>Section “{id}”</source>
        <translation>Sección «{id}»</translation>
    </message>
    <message>
        <source>Removed section “{id}”</source>
        <translation>Sección eliminada «{id}»</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Everything is saved again.</source>
        <translation>Todo vuelve a estar guardado.</translation>
    </message>
    <message>
        <source>Tether keeps your changes and tries again every few seconds.</source>
        <translation>Tether conserva sus cambios y lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} {retrying}</source>
        <translation>Aún sin guardar: {reason} {retrying}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Sin guardar: {reason}</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>{section}, read</source>
        <translation>{section}, leída</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the settings file {path} is not an ordinary file (it is a folder, a named pipe, a device or a socket), so Tether does not read it. Tether starts with its default settings and will not save changes to them; rename or remove {path} to let Tether keep its settings again.</source>
        <translation>el archivo de configuración {path} no es un archivo normal (es una carpeta, una tubería con nombre, un dispositivo o un socket), así que Tether no lo lee. Tether se inicia con la configuración predeterminada y no guardará cambios en ella; cambie el nombre de {path} o elimínelo para que Tether vuelva a conservar su configuración.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link to {target}. Tether never writes through links inside its data folder, so it starts with the default settings and will not save any change to them. To keep your settings, replace the link with the file itself (for example, move {target} to {path}) and start Tether again.</source>
        <translation>{path} es un enlace simbólico a {target}. Tether nunca escribe a través de enlaces dentro de su carpeta de datos, así que se inicia con la configuración predeterminada y no guardará ningún cambio en ella. Para conservar su configuración, sustituya el enlace por el propio archivo (por ejemplo, mueva {target} a {path}) e inicie Tether de nuevo.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SignsModel</name>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{group}, {ticked} of %n ticked</source>
        <translation>
            <numerusform>{group}, {ticked} de %n marcada</numerusform>
            <numerusform>{group}, {ticked} de %n marcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{section}: {ticked} of %n ticked</source>
        <translation>
            <numerusform>{section}: {ticked} de %n marcada</numerusform>
            <numerusform>{section}: {ticked} de %n marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{sign}, ticked</source>
        <translation>{sign}, marcada</translation>
    </message>
    <message>
        <source>{sign}, not ticked</source>
        <translation>{sign}, sin marcar</translation>
    </message>
    <message>
        <source>Last check-in: ticked</source>
        <translation>Última revisión: marcada</translation>
    </message>
    <message>
        <source>Last check-in: not ticked</source>
        <translation>Última revisión: sin marcar</translation>
    </message>
</context>
<context>
    <name>SignsTree</name>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Marcar o desmarcar</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Tether is already open with the data folder {folder}: a running Tether holds its lock file {lock}, but it does not answer. Switch to that Tether window, or close it, and try again. The lock is freed when that process ends; deleting the lock file while it runs would let two Tethers write one data file.</source>
        <translation>Tether ya está abierto con la carpeta de datos {folder}: un Tether en ejecución tiene su archivo de bloqueo {lock}, pero no responde. Cambie a esa ventana de Tether, o ciérrela, y vuelva a intentarlo. El bloqueo se libera cuando ese proceso termina; eliminar el archivo de bloqueo mientras se ejecuta permitiría que dos Tether escribieran en un mismo archivo de datos.</translation>
    </message>
    <message>
        <source>Tether is already open with the data folder {folder}: process {pid} holds its lock file {lock}, but it does not answer. Switch to that Tether window, or close it, and try again. If no Tether window is open, end process {pid} (in a terminal: kill {pid}), then start Tether again. The lock is freed when that process ends; deleting the lock file while it runs would let two Tethers write one data file.</source>
        <translation>Tether ya está abierto con la carpeta de datos {folder}: el proceso {pid} tiene su archivo de bloqueo {lock}, pero no responde. Cambie a esa ventana de Tether, o ciérrela, y vuelva a intentarlo. Si no hay ninguna ventana de Tether abierta, termine el proceso {pid} (en una terminal: kill {pid}) y vuelva a iniciar Tether. El bloqueo se libera cuando ese proceso termina; eliminar el archivo de bloqueo mientras se ejecuta permitiría que dos Tether escribieran en un mismo archivo de datos.</translation>
    </message>
    <message>
        <source>{lock} kept changing; Tether runs unlocked.</source>
        <translation>{lock} no dejaba de cambiar; Tether se ejecuta sin bloqueo.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>{lock} cannot be locked here ({reason}).</source>
        <translation>{lock} no se puede bloquear aquí ({reason}).</translation>
    </message>
    <message>
        <source>took over the lock file {lock}: {why}.</source>
        <translation>se tomó el archivo de bloqueo {lock}: {why}.</translation>
    </message>
    <message>
        <source>Tether cannot start: {lock} is in the way of its lock file ({why}) and cannot be moved aside ({reason}). Your reflections are not in it (they are in tether.sqlite3 in {folder}): move or rename {lock} and start Tether again.</source>
        <translation>Tether no puede iniciarse: {lock} ocupa el lugar de su archivo de bloqueo ({why}) y no se puede apartar ({reason}). Sus reflexiones no están ahí (están en tether.sqlite3, en {folder}): mueva o cambie el nombre de {lock} y vuelva a iniciar Tether.</translation>
    </message>
    <message>
        <source>moved {lock} to {aside}: {why}, so it cannot be Tether&apos;s lock.</source>
        <translation>se movió {lock} a {aside}: {why}, así que no puede ser el bloqueo de Tether.</translation>
    </message>
    <message>
        <source>it was empty, left by a Tether that ended without closing</source>
        <translation>estaba vacío; lo dejó un Tether que terminó sin cerrarse</translation>
    </message>
    <message>
        <source>it could not be read, and no running Tether holds it</source>
        <translation>no se pudo leer, y ningún Tether en ejecución lo tiene</translation>
    </message>
    <message>
        <source>it names process {pid} on another computer, {host} (a copied or synced data folder); no Tether on this computer holds it</source>
        <translation>nombra el proceso {pid} en otro equipo, {host} (una carpeta de datos copiada o sincronizada); ningún Tether de este equipo lo tiene</translation>
    </message>
    <message>
        <source>its process {pid} is not a Tether on this folder any more</source>
        <translation>su proceso {pid} ya no es un Tether que use esta carpeta</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <source>Speaker Notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Your speaker notes on this section</source>
        <translation>Sus notas del orador sobre esta sección</translation>
    </message>
    <message>
        <source>Your notes for presenting this section. The presenter console shows them; the room never sees them, and they are not among your reflections.</source>
        <translation>Sus notas para presentar esta sección. La consola del presentador las muestra; el público nunca las ve y no forman parte de sus reflexiones.</translation>
    </message>
    <message>
        <source>Open an article to write speaker notes.</source>
        <translation>Abra un artículo para escribir notas del orador.</translation>
    </message>
    <message>
        <source>Notes on “{section}”</source>
        <translation>Notas sobre «{section}»</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message numerus="yes">
        <source>Saved the tally of %n signs to {file}.</source>
        <translation>
            <numerusform>Se guardó el recuento de %n señal en {file}.</numerusform>
            <numerusform>Se guardó el recuento de %n señales en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: workshop tally</source>
        <translation>{title}: recuento del taller</translation>
    </message>
    <message>
        <source>How many people in the room recognised each sign (counted by the facilitator; no names).</source>
        <translation>Cuántas personas de la sala reconocieron cada señal (contado por el facilitador; sin nombres).</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Nothing was counted in this workshop.</source>
        <translation>En este taller no se contó nada.</translation>
    </message>
    <message>
        <source>{name}: a workshop tally is saved as .csv or .md.</source>
        <translation>{name}: el recuento de un taller se guarda como .csv o .md.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow System</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Your reflections</source>
        <translation>Sus reflexiones</translation>
    </message>
    <message>
        <source>Your reflections:</source>
        <translation>Sus reflexiones:</translation>
    </message>
    <message>
        <source>No reflection written yet.</source>
        <translation>Aún no hay ninguna reflexión escrita.</translation>
    </message>
    <message>
        <source>Reflections on sections no longer in the article</source>
        <translation>Reflexiones sobre secciones que ya no están en el artículo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Ticked since the check-in before</source>
        <translation>Marcadas desde la revisión anterior</translation>
    </message>
    <message>
        <source>No longer ticked</source>
        <translation>Ya no marcadas</translation>
    </message>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} de {total}</translation>
    </message>
    <message>
        <source>{title} — Worksheet</source>
        <translation>{title}: hoja de trabajo</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Por {author}</translation>
    </message>
    <message>
        <source>Made {date}</source>
        <translation>Creada el {date}</translation>
    </message>
    <message>
        <source>Reflect: {prompt}</source>
        <translation>Reflexione: {prompt}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{name} ({date})</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <source>Workshop, {date}</source>
        <translation>Taller, {date}</translation>
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
<context>
    <name>Zoom</name>
    <message>
        <source>Text size {percent}% (the largest)</source>
        <translation>Tamaño del texto {percent} % (el máximo)</translation>
    </message>
    <message>
        <source>Text size {percent}% (the smallest)</source>
        <translation>Tamaño del texto {percent} % (el mínimo)</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Tamaño del texto {percent} %</translation>
    </message>
</context>
</TS>
