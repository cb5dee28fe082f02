<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChildFormScreen</name>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="30" />
        <source>Add a child</source>
        <translation>Añadir un hijo o una hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="34" />
        <location filename="../../letterbox/ui/child_form.py" line="53" />
        <source>Child's name</source>
        <translation>Nombre del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="37" />
        <source>under 1</source>
        <translation>menos de 1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="38" />
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="40" />
        <source>YYYY-MM-DD, if you know it</source>
        <translation>AAAA-MM-DD, si la sabe</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="41" />
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="44" />
        <source>Dad, Mum, Papá, Grandma…</source>
        <translation>Papá, Mamá, Abuela…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="45" />
        <source>What does the child call you?</source>
        <translation>¿Cómo le llama el niño o la niña?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="48" />
        <source>Who looks after the child?</source>
        <translation>¿Quién cuida al niño o la niña?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="52" />
        <source>Carer's postal address</source>
        <translation>Dirección postal de quien lo cuida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="56" />
        <source>Staff will check that contact is approved before anything is sent.</source>
        <translation>El personal comprobará que el contacto está aprobado antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="65" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="89" />
        <source>The child could not be saved. Please ask staff.</source>
        <translation>No se pudo guardar. Por favor, pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="224" />
        <source>Make your profile</source>
        <translation>Crear su perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="226" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="227" />
        <source>Your ID or prison number</source>
        <translation>Su número de identificación o de preso</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="228" />
        <source>Wing and cell (if you have one)</source>
        <translation>Módulo y celda (si tiene)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="229" />
        <source>Prison or facility</source>
        <translation>Prisión o centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="233" />
        <location filename="../../letterbox/ui/signin.py" line="234" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="235" />
        <source>Choose a PIN (4 to 8 numbers)</source>
        <translation>Elija un PIN (de 4 a 8 números)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="237" />
        <source>Type the PIN again</source>
        <translation>Escriba el PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="243" />
        <source>Make my profile</source>
        <translation>Crear mi perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="263" />
        <source>The two PINs are different. Please type them again.</source>
        <translation>Los dos PIN son distintos. Por favor, escríbalos otra vez.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="284" />
        <source>Your profile could not be saved. Please ask staff for help. Nothing you typed was lost.</source>
        <translation>No se pudo guardar su perfil. Por favor, pida ayuda al personal. No se perdió nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../letterbox/ui/home.py" line="59" />
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="62" />
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="70" />
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="73" />
        <source>Record a message</source>
        <translation>Grabar un mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="81" />
        <location filename="../../letterbox/ui/home.py" line="83" />
        <source>Your children</source>
        <translation>Sus hijos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="86" />
        <source>Add a child</source>
        <translation>Añadir un hijo o una hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="90" />
        <location filename="../../letterbox/ui/home.py" line="92" />
        <source>Your letters and recordings</source>
        <translation>Sus cartas y grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="124" />
        <source>Letter to %1</source>
        <translation>Carta para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="124" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="131" />
        <source>Recording for %1</source>
        <translation>Grabación para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="131" />
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="137" />
        <source>Nothing yet. Start with “Write a letter”.</source>
        <translation>Todavía nada. Empiece con «Escribir una carta».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="153" />
        <source>age unknown</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="153" />
        <source>age %1</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="157" />
        <source>contact approved</source>
        <translation>contacto aprobado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="158" />
        <source>waiting for staff to approve contact</source>
        <translation>esperando que el personal apruebe el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="159" />
        <source>contact not permitted</source>
        <translation>contacto no permitido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="163" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="163" />
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="164" />
        <source>With the mail room</source>
        <translation>En la oficina de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="165" />
        <source>Returned — please look</source>
        <translation>Devuelta — por favor, revísela</translation>
    </message>
</context>
<context>
    <name>LetterFlowScreen</name>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="15" />
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="16" />
        <source>Writing letters is not ready yet on this computer.</source>
        <translation>Escribir cartas todavía no está disponible en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../letterbox/store/letters.py" line="185" />
        <source>This letter is %1 characters long; the most Letterbox keeps is %2. Nothing was lost: please split it into two letters.</source>
        <translation>Esta carta tiene %1 caracteres; Letterbox guarda como máximo %2. No se perdió nada: por favor, divídala en dos cartas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="164" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="165" />
        <source>Letterbox could not finish that. Nothing you wrote was lost. If it happens again, please ask staff.</source>
        <translation>Letterbox no pudo terminar eso. No se perdió nada de lo que escribió. Si vuelve a pasar, por favor, pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="81" />
        <source>A PIN is %1 to %2 numbers.</source>
        <translation>Un PIN tiene de %1 a %2 números.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="89" />
        <source>Please fill in: %1.</source>
        <translation>Por favor, complete: %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="92" />
        <source>%1: at most %2 characters, please.</source>
        <translation>%1: como máximo %2 caracteres, por favor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="108" />
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="109" />
        <source>ID number</source>
        <translation>número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="112" />
        <source>wing and cell</source>
        <translation>módulo y celda</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="114" />
        <source>facility</source>
        <translation>centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="117" />
        <location filename="../../letterbox/store/profiles.py" line="175" />
        <source>Language must be English or Spanish.</source>
        <translation>El idioma debe ser inglés o español.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="131" />
        <source>A profile with this ID number already exists. Ask staff for help.</source>
        <translation>Ya existe un perfil con este número. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="186" />
        <source>child's name</source>
        <translation>nombre del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="192" />
        <source>Please write the birth date as YYYY-MM-DD.</source>
        <translation>Por favor, escriba la fecha de nacimiento así: AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="195" />
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="198" />
        <source>The age must be between 0 and 25.</source>
        <translation>La edad debe estar entre 0 y 25.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="211" />
        <source>carer's name</source>
        <translation>nombre de quien lo cuida</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="22" />
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="50" />
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="41" />
        <source>Cannot read aloud</source>
        <translation>No se puede leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="47" />
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
</context>
<context>
    <name>RecordingScreen</name>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="15" />
        <source>Record a message</source>
        <translation>Grabar un mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="16" />
        <source>Recording is not ready yet on this computer.</source>
        <translation>Grabar todavía no está disponible en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../letterbox/ui/screen.py" line="55" />
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="56" />
        <source>Welcome to Letterbox</source>
        <translation>Bienvenido a Letterbox</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="57" />
        <source>Find your name, then press Enter.</source>
        <translation>Busque su nombre y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="61" />
        <source>Type part of your name</source>
        <translation>Escriba parte de su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="62" />
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="67" />
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="70" />
        <source>No profiles yet. Press “I am new here”.</source>
        <translation>Todavía no hay perfiles. Pulse «Soy nuevo aquí».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="74" />
        <source>I am new here</source>
        <translation>Soy nuevo aquí</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="119" />
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="132" />
        <source>Type your PIN, then press Enter.</source>
        <translation>Escriba su PIN y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="136" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="142" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="146" />
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="154" />
        <source>That is not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="183" />
        <location filename="../../letterbox/ui/signin.py" line="206" />
        <source>Too many tries. Please wait %1 seconds, or ask staff for help.</source>
        <translation>Demasiados intentos. Por favor, espere %1 segundos o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="187" />
        <source>Please type your PIN.</source>
        <translation>Por favor, escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="210" />
        <source>That PIN did not match. Please try again, or ask staff to reset it.</source>
        <translation>Ese PIN no es correcto. Inténtelo otra vez o pida al personal que lo cambie.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="147" />
        <source>The reading voice is still starting. Please try again in a moment.</source>
        <translation>La voz lectora todavía se está iniciando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="150" />
        <source>Reading aloud is not installed on this computer. Please ask staff.</source>
        <translation>La lectura en voz alta no está instalada en esta computadora. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="152" />
        <source>This computer has no voice to read aloud. Please ask staff to run “letterbox doctor”.</source>
        <translation>Esta computadora no tiene voz para leer en voz alta. Por favor, pida al personal que ejecute «letterbox doctor».</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="156" />
        <source>There is no voice for this language on this computer.</source>
        <translation>No hay voz para este idioma en esta computadora.</translation>
    </message>
</context>
</TS>