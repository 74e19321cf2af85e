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
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} de %n sección leída</numerusform>
            <numerusform>{read} de %n secciones leídas</numerusform>
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
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Reflection on “{section}”</source>
        <translation>Reflexión sobre «{section}»</translation>
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
