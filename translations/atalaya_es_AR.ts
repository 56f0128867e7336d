<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/sources/apierror.cpp" line="13"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="18"/>
        <source>cannot reach %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="21"/>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 no respondió a tiempo (%2)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="24"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="28"/>
        <source>%1 refused the credentials (HTTP %2): check the auth settings of this source</source>
        <translation>%1 rechazó las credenciales (HTTP %2): revise la autenticación de esta fuente</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="30"/>
        <source>%1 refused the credentials (HTTP %2): %3</source>
        <translation>%1 rechazó las credenciales (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="33"/>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondió %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="34"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="37"/>
        <source>%1 sent a response that cannot be read: %2</source>
        <translation>%1 envió una respuesta que no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="40"/>
        <source>the request to %1 was canceled</source>
        <translation>se canceló la solicitud a %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="43"/>
        <source>offline: the cache holds nothing from %1 for this window</source>
        <translation>sin conexión: la caché no tiene nada de %1 para esta ventana</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="47"/>
        <source> (query: %1)</source>
        <translation> (consulta: %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="55"/>
        <source>source unreachable</source>
        <translation>fuente inaccesible</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="57"/>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="59"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="61"/>
        <source>credentials refused</source>
        <translation>credenciales rechazadas</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="63"/>
        <source>query error: %1</source>
        <translation>error de consulta: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="65"/>
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="67"/>
        <source>not in the cache</source>
        <translation>no está en la caché</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="71"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>BookingsDatabase</name>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="57"/>
        <source>wrong password for user %1</source>
        <translation>contraseña incorrecta para el usuario %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="59"/>
        <source>the server refuses user %1 here: %2</source>
        <translation>el servidor no acepta al usuario %1 acá: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="61"/>
        <source>TLS failed (sslmode %1): %2</source>
        <translation>falló TLS (sslmode %1): %2</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="64"/>
        <source>no answer within %1 s (connect timeout)</source>
        <translation>sin respuesta en %1 s (tiempo límite de conexión)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="65"/>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="96"/>
        <source>no password: store it in the keychain (service Atalaya, key %1)</source>
        <translation>sin contraseña: guardala en el llavero (servicio Atalaya, clave %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="97"/>
        <source>no password: set %1, or store it in the keychain (service Atalaya, key %2)</source>
        <translation>sin contraseña: definí %1 o guardala en el llavero (servicio Atalaya, clave %2)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="129"/>
        <source>(next attempt in %1 s)</source>
        <translation>(próximo intento en %1 s)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="211"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="213"/>
        <source>the statement ran longer than %1 ms (statement_timeout) and was stopped</source>
        <translation>la consulta tardó más de %1 ms (statement_timeout) y se detuvo</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="218"/>
        <source>a view of the contract is missing (%1): install packaging/bookings/views.sql</source>
        <translation>falta una vista del contrato (%1): instalá packaging/bookings/views.sql</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="220"/>
        <source>not allowed: %1</source>
        <translation>no permitido: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="224"/>
        <source>the connection was lost: %1</source>
        <translation>se perdió la conexión: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="382"/>
        <source>offline review: nothing is cached for this window</source>
        <translation>revisión sin conexión: no hay nada en caché para esta ventana</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../models/config/config.cpp" line="64"/>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="74"/>
        <source>unknown key (known keys here: %1)</source>
        <translation>clave desconocida (claves válidas aquí: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="85"/>
        <source>expected a string, found %1</source>
        <translation>se esperaba un texto, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="108"/>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="126"/>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="148"/>
        <location filename="../models/config/config.cpp" line="620"/>
        <source>is required</source>
        <translation>es obligatoria</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="151"/>
        <source>&quot;%1&quot; is not a valid id (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, at most 63)</source>
        <translation>&quot;%1&quot; no es un id válido (minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;, hasta 63)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="163"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; no es una URL http:// o https://</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="166"/>
        <source>credentials must not be written in the URL; use &quot;auth&quot; with &quot;secretEnv&quot;</source>
        <translation>las credenciales no van en la URL; use &quot;auth&quot; con &quot;secretEnv&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="169"/>
        <source>must start with &apos;/&apos;</source>
        <translation>debe empezar con &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="174"/>
        <source>&quot;%1&quot; is not one of none, basic, bearer</source>
        <translation>&quot;%1&quot; no es none, basic ni bearer</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="180"/>
        <source>must name the environment variable that holds the secret (secrets are never stored in this file)</source>
        <translation>debe nombrar la variable de entorno que contiene el secreto (los secretos nunca se guardan en este archivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="183"/>
        <source>is required for basic auth</source>
        <translation>es obligatorio para autenticación basic</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="188"/>
        <source>expected an object of header names to values</source>
        <translation>se esperaba un objeto de nombres de encabezado a valores</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="193"/>
        <source>not an allowed header name</source>
        <translation>no es un nombre de encabezado permitido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="195"/>
        <source>expected a string</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="198"/>
        <source>header values must be one line</source>
        <translation>los valores de encabezado deben ser de una línea</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="206"/>
        <source>must be at least 1s</source>
        <translation>debe ser de al menos 1s</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="209"/>
        <source>&quot;%1&quot; is not one of auto, gzip, none</source>
        <translation>&quot;%1&quot; no es uno de auto, gzip, none</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="214"/>
        <source>expected &quot;auto&quot; or a whole number from 1 to %1</source>
        <translation>se esperaba &quot;auto&quot; o un número entero de 1 a %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="229"/>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>&quot;%1&quot; no es un nombre de host ni una dirección</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="232"/>
        <source>expected a port from 1 to 65535</source>
        <translation>se esperaba un puerto de 1 a 65535</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="238"/>
        <source>&quot;%1&quot; is not a PostgreSQL name (letters, digits, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; no es un nombre de PostgreSQL (letras, dígitos, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="243"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="246"/>
        <source>expected an absolute file name without spaces or quotes</source>
        <translation>se esperaba una ruta de archivo absoluta, sin espacios ni comillas</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="251"/>
        <source>must name the environment variable that holds the password (passwords are never stored in this file)</source>
        <translation>debe nombrar la variable de entorno que contiene la contraseña (las contraseñas nunca se guardan en este archivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="255"/>
        <source>host, database and user are required</source>
        <translation>host, database y user son obligatorios</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="262"/>
        <source>expected an object of query names to PromQL</source>
        <translation>se esperaba un objeto de nombres de consulta a PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="270"/>
        <source>unknown query (known: %1)</source>
        <translation>consulta desconocida (válidas: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="272"/>
        <source>expected a PromQL string</source>
        <translation>se esperaba un texto PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="277"/>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconocido {%1} (válidos: %2)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="296"/>
        <source>expected a list of [from, to] hours</source>
        <translation>se esperaba una lista de horas [desde, hasta]</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="301"/>
        <source>expected [from, to] with 0 &lt;= from &lt; to &lt;= 24</source>
        <translation>se esperaba [desde, hasta] con 0 &lt;= desde &lt; hasta &lt;= 24</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="310"/>
        <source>expected a whole number from 1 to 1000</source>
        <translation>se esperaba un número entero de 1 a 1000</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="326"/>
        <source>latitude must be between -90 and 90</source>
        <translation>la latitud debe estar entre -90 y 90</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="328"/>
        <source>longitude must be between -180 and 180</source>
        <translation>la longitud debe estar entre -180 y 180</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="331"/>
        <source>must be a positive number of milliseconds</source>
        <translation>debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="335"/>
        <source>must be between 0 and 1</source>
        <translation>debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="340"/>
        <source>&quot;%1&quot; is not a map area id such as &quot;AR&quot; or &quot;AR.X&quot;</source>
        <translation>&quot;%1&quot; no es un id de área del mapa como &quot;AR&quot; o &quot;AR.X&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="371"/>
        <source>&quot;%1&quot; is not a kube context name</source>
        <translation>&quot;%1&quot; no es un nombre de contexto de kube</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="374"/>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>&quot;%1&quot; no es un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="380"/>
        <source>give either &quot;configMap&quot; or &quot;file&quot;</source>
        <translation>indicá &quot;configMap&quot; o &quot;file&quot;, uno solo de los dos</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="390"/>
        <source>is not a Kubernetes object name</source>
        <translation>no es un nombre de objeto de Kubernetes</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="393"/>
        <source>is not a ConfigMap key (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>no es una clave de ConfigMap (letras, dígitos, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="398"/>
        <source>expected an absolute file name</source>
        <translation>se esperaba una ruta de archivo absoluta</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="402"/>
        <source>must be viewer, operator or manager</source>
        <translation>debe ser viewer, operator o manager</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="404"/>
        <source>every environment needs a Prometheus URL</source>
        <translation>cada entorno necesita una URL de Prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="467"/>
        <source>expected a list of names</source>
        <translation>se esperaba una lista de nombres</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="470"/>
        <source>expected a name</source>
        <translation>se esperaba un nombre</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="478"/>
        <source>expected the three levels 1, 2 and 3</source>
        <translation>se esperaban los tres niveles 1, 2 y 3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="487"/>
        <source>expected %1 (levels 1, 2, 3 in order)</source>
        <translation>se esperaba %1 (niveles 1, 2, 3 en orden)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="492"/>
        <source>&quot;%1&quot; is not a feature name (lowercase letters, digits and &apos;_&apos;)</source>
        <translation>&quot;%1&quot; no es un nombre de función (minúsculas, dígitos y &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="494"/>
        <source>&quot;%1&quot; is switched off by an earlier level already</source>
        <translation>&quot;%1&quot; ya lo desactiva un nivel anterior</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="512"/>
        <source>must be above 1</source>
        <translation>debe ser mayor que 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="514"/>
        <source>must be a fraction above 0, e.g. 0.2 for +20%</source>
        <translation>debe ser una fracción mayor que 0, p. ej. 0.2 para +20%</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="518"/>
        <location filename="../models/config/config.cpp" line="521"/>
        <location filename="../models/config/config.cpp" line="524"/>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="530"/>
        <source>must be sameHourLastWeek or medianOfSevenDays</source>
        <translation>debe ser sameHourLastWeek o medianOfSevenDays</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="543"/>
        <source>must be the pesos one US dollar buys, e.g. 1450 (0: not shown)</source>
        <translation>debe ser la cantidad de pesos que compra un dólar estadounidense, p. ej. 1450 (0: no se muestran)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="548"/>
        <source>expected 0 &lt; budgetAlert &lt;= budgetCap, e.g. 1.2 and 1.5</source>
        <translation>se esperaba 0 &lt; budgetAlert &lt;= budgetCap, p. ej. 1.2 y 1.5</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="551"/>
        <source>must be above 1, e.g. 1.5 for 150% of the trend</source>
        <translation>debe ser mayor que 1, p. ej. 1.5 para 150% de la tendencia</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="554"/>
        <source>must be between 3 and 90 days</source>
        <translation>debe estar entre 3 y 90 días</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="559"/>
        <source>must be a fraction above 0 and at most 1</source>
        <translation>debe ser una fracción mayor que 0 y de 1 como máximo</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="563"/>
        <source>expected a list of fractions, one per year</source>
        <translation>se esperaba una lista de fracciones, una por año</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="567"/>
        <source>expected a fraction, e.g. 0.25</source>
        <translation>se esperaba una fracción, p. ej. 0.25</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="573"/>
        <source>must be 1 or more</source>
        <translation>debe ser 1 o más</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="577"/>
        <source>&quot;%1&quot; is not a duration such as 1m or 5m</source>
        <translation>&quot;%1&quot; no es una duración como 1m o 5m</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="588"/>
        <source>this console reads configuration version 1</source>
        <translation>esta consola lee la versión 1 de la configuración</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="591"/>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>&quot;%1&quot; no es una zona horaria IANA conocida</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="602"/>
        <source>must be a fraction, e.g. 0.999</source>
        <translation>debe ser una fracción, p. ej. 0.999</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="609"/>
        <source>must be between 1 and 3650 days</source>
        <translation>debe estar entre 1 y 3650 días</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="627"/>
        <source>expected a non-empty list</source>
        <translation>se esperaba una lista no vacía</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="638"/>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="650"/>
        <source>no environment is named &quot;%1&quot;</source>
        <translation>no hay ningún entorno llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="668"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="670"/>
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="674"/>
        <source>the top level must be a JSON object</source>
        <translation>el nivel superior debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="753"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="754"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: clave &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="761"/>
        <source>ConfigMap %1/%2 (%3)</source>
        <translation>ConfigMap %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="846"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>CostService</name>
    <message>
        <location filename="../models/costs/costservice.cpp" line="46"/>
        <source>OpenCost API at %1</source>
        <translation>API de OpenCost en %1</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="47"/>
        <source>OpenCost metrics in Prometheus at %1</source>
        <translation>Métricas de OpenCost en Prometheus (%1)</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="65"/>
        <source>offline review: no cost is cached for this window</source>
        <translation>revisión sin conexión: no hay ningún costo en caché para esta ventana</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="108"/>
        <source>offline review: costs are not asked</source>
        <translation>revisión sin conexión: no se consultan los costos</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="119"/>
        <source>pods&apos; CPU and memory requests at the nodes&apos; hourly prices (OpenCost metrics)</source>
        <translation>las solicitudes de CPU y memoria de los pods a los precios por hora de los nodos (métricas de OpenCost)</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="143"/>
        <source>neither Prometheus nor OpenCost knows the cost of a pod of %1/%2</source>
        <translation>ni Prometheus ni OpenCost conocen el costo de un pod de %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/costs/costservice.cpp" line="146"/>
        <source>the last hour of %n pod(s) in OpenCost&apos;s allocation API</source>
        <translation>
            <numerusform>la última hora de %n pod en la API de asignación de OpenCost</numerusform>
            <numerusform>la última hora de %n pods en la API de asignación de OpenCost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DegradationMonitor</name>
    <message>
        <location filename="../models/degradation/monitor.cpp" line="114"/>
        <source>offline review: the flag store is not read</source>
        <translation>revisión sin conexión: no se lee el almacén de flags</translation>
    </message>
    <message>
        <location filename="../models/degradation/monitor.cpp" line="132"/>
        <source>Offline review: triggers are evaluated on live data only.</source>
        <translation>Revisión sin conexión: los disparadores solo se evalúan con datos en vivo.</translation>
    </message>
</context>
<context>
    <name>FlagStore</name>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="70"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="98"/>
        <source>%1 holds no flag definition: %2</source>
        <translation>%1 no contiene una definición de flags: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="113"/>
        <source>the flag document does not follow the flagd schema, nothing was written: %1</source>
        <translation>el documento de flags no respeta el esquema de flagd; no se escribió nada: %1</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="121"/>
        <source>%1 changed since it was read: read it again and retry</source>
        <translation>%1 cambió desde que se leyó: volvé a leerlo y reintentá</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="126"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="144"/>
        <source>the flag document is %1 KiB, more than one kubectl argument may hold (%2 KiB)</source>
        <translation>el documento de flags ocupa %1 KiB, más de lo que admite un argumento de kubectl (%2 KiB)</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="153"/>
        <source>replace %1 (written next to it, then renamed)</source>
        <translation>reemplazar %1 (se escribe al lado y después se renombra)</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="158"/>
        <source>&apos;{&quot;metadata&quot;:{…},&quot;data&quot;:{&quot;%1&quot;:&quot;&lt;the whole document&gt;&quot;}}&apos;</source>
        <translation>&apos;{&quot;metadata&quot;:{…},&quot;data&quot;:{&quot;%1&quot;:&quot;&lt;el documento completo&gt;&quot;}}&apos;</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="173"/>
        <source>there is no level %1 (levels are 0 to 3)</source>
        <translation>no existe el nivel %1 (los niveles van de 0 a 3)</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="207"/>
        <source>a reason is required</source>
        <translation>hace falta un motivo</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="218"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="224"/>
        <source>the audit entry could not be written, so nothing was changed</source>
        <translation>no se pudo escribir la auditoría, así que no se cambió nada</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="241"/>
        <source>the document read back differs from the one written: someone changed it at the same time</source>
        <translation>el documento releído difiere del que se escribió: alguien lo cambió al mismo tiempo</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="243"/>
        <source>%1 is at level %2 in %3</source>
        <translation>%1 está en el nivel %2 en %3</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../models/degradation/flags.cpp" line="207"/>
        <source>%1 does not serve a level from 0 to 3</source>
        <translation>%1 no sirve un nivel de 0 a 3</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="219"/>
        <source>%1 has no flag</source>
        <translation>%1 no tiene flag</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="226"/>
        <source>%1 is off although level %2 keeps it on</source>
        <translation>%1 está desactivada aunque el nivel %2 la mantiene activa</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="227"/>
        <source>%1 is on although level %2 switches it off</source>
        <translation>%1 está activa aunque el nivel %2 la desactiva</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="240"/>
        <source>maintenance mode is on although level %1 is not maintenance</source>
        <translation>el modo mantenimiento está activo aunque el nivel %1 no es de mantenimiento</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="241"/>
        <source>maintenance mode is off although level %1 is maintenance</source>
        <translation>el modo mantenimiento está desactivado aunque el nivel %1 es de mantenimiento</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="251"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="256"/>
        <source>not a flag definition: the top level is not an object</source>
        <translation>no es una definición de flags: el nivel superior no es un objeto</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="277"/>
        <source>the flagd schema could not be used: %1</source>
        <translation>no se pudo usar el esquema de flagd: %1</translation>
    </message>
</context>
<context>
    <name>HttpSource</name>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="44"/>
        <source>empty body</source>
        <translation>cuerpo vacío</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="98"/>
        <source>the client was shut down</source>
        <translation>el cliente se cerró</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="101"/>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="104"/>
        <source>no HTTP answer</source>
        <translation>sin respuesta HTTP</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="113"/>
        <source>this source is configured without credentials</source>
        <translation>esta fuente está configurada sin credenciales</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="115"/>
        <source>the environment variable &quot;%1&quot; that should hold the secret is not set</source>
        <translation>la variable de entorno &quot;%1&quot;, que debería tener el secreto, no está definida</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="129"/>
        <source>expected JSON, got %1: %2</source>
        <translation>se esperaba JSON y llegó %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/httptransport.cpp" line="233"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta supera los %1 MiB</translation>
    </message>
</context>
<context>
    <name>OpenCostClient</name>
    <message>
        <location filename="../models/costs/opencost.cpp" line="85"/>
        <location filename="../models/costs/opencost.cpp" line="92"/>
        <source>the window&apos;s start is not before its end</source>
        <translation>el inicio de la ventana no es anterior a su fin</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="96"/>
        <source>&quot;%1&quot; is not a window OpenCost accepts (today, yesterday, week, month, lastweek, lastmonth, a duration such as 7d, or a pair of RFC 3339 times or Unix seconds)</source>
        <translation>&quot;%1&quot; no es una ventana que OpenCost acepte (today, yesterday, week, month, lastweek, lastmonth, una duración como 7d o un par de instantes RFC 3339 o de segundos Unix)</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="108"/>
        <source>no aggregation was given</source>
        <translation>no se indicó ninguna agregación</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="111"/>
        <source>&quot;%1&quot; is not an aggregation OpenCost knows (%2, label:&lt;name&gt;, annotation:&lt;name&gt;)</source>
        <translation>&quot;%1&quot; no es una agregación que OpenCost conozca (%2, label:&lt;nombre&gt;, annotation:&lt;nombre&gt;)</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="121"/>
        <source>the answer is not JSON: %1</source>
        <translation>la respuesta no es JSON: %1</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="131"/>
        <source>code %1 without a message</source>
        <translation>código %1 sin mensaje</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="136"/>
        <source>&quot;data&quot; is missing or not an array of allocation sets</source>
        <translation>falta &quot;data&quot; o no es un arreglo de conjuntos de asignaciones</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="145"/>
        <source>an allocation set is not an object</source>
        <translation>un conjunto de asignaciones no es un objeto</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="149"/>
        <source>allocation &quot;%1&quot; is not an object</source>
        <translation>la asignación &quot;%1&quot; no es un objeto</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="212"/>
        <source>a negative step</source>
        <translation>un paso negativo</translation>
    </message>
</context>
<context>
    <name>PromDecoder</name>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="55"/>
        <source>unexpected end of the body</source>
        <translation>fin inesperado del cuerpo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="61"/>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>se esperaba &apos;%1&apos;, se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="84"/>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="177"/>
        <location filename="../models/sources/promdecoder.cpp" line="181"/>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="193"/>
        <source>unterminated string</source>
        <translation>texto sin terminar</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="198"/>
        <location filename="../models/sources/promdecoder.cpp" line="579"/>
        <source>&quot;%1&quot; is not a sample value</source>
        <translation>&quot;%1&quot; no es un valor de muestra</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="207"/>
        <source>nesting too deep</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="253"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="260"/>
        <source>unexpected data after the JSON value</source>
        <translation>datos inesperados después del valor JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="267"/>
        <source>truncated \u escape</source>
        <translation>escape \u truncado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="279"/>
        <source>invalid \u escape</source>
        <translation>escape \u inválido</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="549"/>
        <location filename="../models/sources/promdecoder.cpp" line="610"/>
        <source>at byte %1: %2</source>
        <translation>en el byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="557"/>
        <location filename="../models/sources/promdecoder.cpp" line="629"/>
        <source>no error message</source>
        <translation>sin mensaje de error</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="567"/>
        <location filename="../models/sources/promdecoder.cpp" line="633"/>
        <source>&quot;status&quot; is missing or unknown (&quot;%1&quot;)</source>
        <translation>&quot;status&quot; falta o es desconocido (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="575"/>
        <source>a scalar result must be [time, &quot;value&quot;]</source>
        <translation>un resultado scalar debe ser [tiempo, &quot;valor&quot;]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="584"/>
        <source>a string result must be [time, &quot;value&quot;]</source>
        <translation>un resultado string debe ser [tiempo, &quot;valor&quot;]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="588"/>
        <source>&quot;data.resultType&quot; is missing</source>
        <translation>falta &quot;data.resultType&quot;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="590"/>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>resultType desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="593"/>
        <source>a %1 result must be a list of series</source>
        <translation>un resultado %1 debe ser una lista de series</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="615"/>
        <source>at byte 0: not a JSON object</source>
        <translation>en el byte 0: no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="643"/>
        <source>&quot;data&quot; does not have the documented shape</source>
        <translation>&quot;data&quot; no tiene la forma documentada</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="157"/>
        <source>an empty label name was asked for</source>
        <translation>se pidió un nombre de etiqueta vacío</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="383"/>
        <source>%1 — last answer in %2 ms</source>
        <translation>%1 — última respuesta en %2 ms</translation>
    </message>
</context>
<context>
    <name>PrometheusCostSource</name>
    <message>
        <location filename="../models/costs/promcost.cpp" line="142"/>
        <source>an empty window</source>
        <translation>una ventana vacía</translation>
    </message>
    <message>
        <location filename="../models/costs/promcost.cpp" line="142"/>
        <source>costs from Prometheus metrics are by namespace only</source>
        <translation>los costos a partir de métricas de Prometheus son solo por namespace</translation>
    </message>
    <message>
        <location filename="../models/costs/promcost.cpp" line="209"/>
        <source>no pod of this deployment has cost metrics (node_cpu_hourly_cost, container_cpu_allocation)</source>
        <translation>ningún pod de este deployment tiene métricas de costo (node_cpu_hourly_cost, container_cpu_allocation)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../models/config/config.cpp" line="138"/>
        <source>&quot;%1&quot; is not a duration (examples: 15s, 5m, 1h30m)</source>
        <translation>&quot;%1&quot; no es una duración (ejemplos: 15s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="94"/>
        <location filename="../models/sources/promdecoder.cpp" line="112"/>
        <source>control character in a string</source>
        <translation>carácter de control en un texto</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="98"/>
        <location filename="../models/sources/promdecoder.cpp" line="107"/>
        <source>unterminated string</source>
        <translation>texto sin terminar</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="118"/>
        <source>unterminated escape</source>
        <translation>escape sin terminar</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="145"/>
        <location filename="../models/sources/promdecoder.cpp" line="149"/>
        <location filename="../models/sources/promdecoder.cpp" line="152"/>
        <source>unpaired surrogate in \u escape</source>
        <translation>sustituto sin par en escape \u</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="158"/>
        <source>invalid escape \%1</source>
        <translation>escape \%1 inválido</translation>
    </message>
</context>
<context>
    <name>atalaya::ActionDialog</name>
    <message>
        <location filename="../ui/actiondialog.cpp" line="32"/>
        <source>Roll back %1</source>
        <translation>Volver atrás %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="33"/>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="34"/>
        <source>Restore the autoscaler of %1</source>
        <translation>Restaurar el autoescalador de %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="35"/>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="41"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="41"/>
        <source>&lt;b style=&quot;color:#ff6b6b&quot;&gt;%1 — production&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#ff6b6b&quot;&gt;%1 — producción&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="44"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="44"/>
        <source>%1 desired, %2 ready · revision %3 · %4</source>
        <translation>%1 deseadas, %2 listas · revisión %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="54"/>
        <source> replicas</source>
        <translation> réplicas</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="55"/>
        <source>Emergency suggestion: 5 × the current replicas, capped at %1 (the vertical&apos;s scaling cap)</source>
        <translation>Sugerencia de emergencia: 5 × las réplicas actuales, hasta %1 (el tope de escalado de la vertical)</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="56"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="59"/>
        <source>Cost impact: asking…</source>
        <translation>Impacto en el costo: consultando…</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="62"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="67"/>
        <source>Cost impact unknown: %1</source>
        <translation>Impacto en el costo desconocido: %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <location filename="../ui/actiondialog.cpp" line="84"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <source>Change cause</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="90"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — exactly what will run:</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; — exactamente lo que se va a ejecutar:</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="99"/>
        <source>Why (kept in the audit log), e.g. &quot;p95 800 ms in Córdoba, bookings failing&quot;</source>
        <translation>Por qué (queda en la auditoría), p. ej. &quot;p95 800 ms en Córdoba, fallan las reservas&quot;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="100"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="104"/>
        <source>Type %1 to confirm</source>
        <translation>Escribí %1 para confirmar</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="105"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="113"/>
        <source>Confirm and run</source>
        <translation>Confirmar y ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="138"/>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actiondialog.cpp" line="140"/>
        <source>%1 replica(s): %2 an hour, %3 a day</source>
        <translation>
            <numerusform>%1 réplica: %2 por hora, %3 por día</numerusform>
            <numerusform>%1 réplicas: %2 por hora, %3 por día</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="143"/>
        <source>ARS %1 a day at %2 ARS/USD</source>
        <translation>ARS %1 por día a %2 ARS/USD</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="145"/>
        <source>%1 % of %2&apos;s daily budget</source>
        <translation>%1 % del presupuesto diario de %2</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="149"/>
        <source>a whole day at this size takes %1 past its %2 % spend limit</source>
        <translation>un día entero con esta cantidad de réplicas lleva a %1 por encima de su límite de gasto del %2 %</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="151"/>
        <source>One replica: US$ %1 an hour, from %2</source>
        <translation>Una réplica: US$ %1 por hora, según %2</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="168"/>
        <source>Reading the revision history…</source>
        <translation>Leyendo el historial de revisiones…</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="173"/>
        <source>Cannot read the revisions: %1</source>
        <translation>No se pueden leer las revisiones: %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="182"/>
        <source>%1 (running)</source>
        <translation>%1 (en ejecución)</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="184"/>
        <source>&lt;none&gt;</source>
        <translation>&lt;ninguno&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="209"/>
        <source>choose a revision</source>
        <translation>elegí una revisión</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="218"/>
        <source>no recorded values to go back to</source>
        <translation>no hay valores registrados a los que volver</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="223"/>
        <source>An autoscaler (%1, %2–%3 replicas) manages this deployment and would undo a plain scale within seconds: its minimum is raised to %4 instead (maximum %5). The old values go into the audit log.</source>
        <translation>Un autoescalador (%1, %2–%3 réplicas) maneja este deployment y desharía un escalado simple en segundos: en su lugar se sube su mínimo a %4 (máximo %5). Los valores anteriores quedan en la auditoría.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="231"/>
        <source>%1 → %2 replicas (cap %3). --current-replicas makes it fail if someone else scaled first.</source>
        <translation>%1 → %2 réplicas (tope %3). --current-replicas hace que falle si otra persona escaló antes.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="236"/>
        <source>Undo of an emergency scale: the autoscaler goes back to %1–%2 replicas (now %3–%4) and decides the count again.</source>
        <translation>Deshacer un escalado de emergencia: el autoescalador vuelve a %1–%2 réplicas (ahora %3–%4) y vuelve a decidir la cantidad.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="242"/>
        <source>Back to revision %1; then the rollout is followed until done, failed or timed out.</source>
        <translation>Volver a la revisión %1; después se sigue el rollout hasta que termine, falle o venza el tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="244"/>
        <source>Every pod is replaced, a few at a time; then the rollout is followed until done, failed or timed out.</source>
        <translation>Se reemplazan todos los pods, de a pocos; después se sigue el rollout hasta que termine, falle o venza el tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="246"/>
        <source>&lt;span style=&quot;color:#d29922&quot;&gt;Cannot run: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#d29922&quot;&gt;No se puede ejecutar: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="264"/>
        <source>Writing the audit entry, running, then verifying…</source>
        <translation>Escribiendo la auditoría, ejecutando y verificando…</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="269"/>
        <source>&lt;span style=&quot;color:#3fb950&quot;&gt;Done: %1&lt;/span&gt; (audit entry %2)</source>
        <translation>&lt;span style=&quot;color:#3fb950&quot;&gt;Hecho: %1&lt;/span&gt; (auditoría n.º %2)</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="272"/>
        <source>&lt;span style=&quot;color:#f85149&quot;&gt;Failed: %1&lt;/span&gt;%2</source>
        <translation>&lt;span style=&quot;color:#f85149&quot;&gt;Falló: %1&lt;/span&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="274"/>
        <source> (audit entry %1)</source>
        <translation> (auditoría n.º %1)</translation>
    </message>
</context>
<context>
    <name>atalaya::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="44"/>
        <source>Audit log — every action that changed the platform</source>
        <translation>Auditoría — cada acción que cambió la plataforma</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="52"/>
        <source>Filter: user, action, deployment, reason…</source>
        <translation>Filtrar: usuario, acción, deployment, motivo…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="56"/>
        <source>Undo…</source>
        <translation>Deshacer…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="57"/>
        <source>Put an autoscaler back to the values an emergency scale recorded</source>
        <translation>Devolver un autoescalador a los valores que registró un escalado de emergencia</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="59"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Why and what ran</source>
        <translation>Por qué y qué se ejecutó</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="96"/>
        <source>Reading %1 with kubectl…</source>
        <translation>Leyendo %1 con kubectl…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="106"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="123"/>
        <source>%1 no longer exists</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="137"/>
        <source>(no result recorded: running, or interrupted)</source>
        <translation>(sin resultado: en curso o interrumpida)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="154"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 por %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="175"/>
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>%n entrada, la más reciente primero</numerusform>
            <numerusform>%n entradas, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="176"/>
        <source>%1 of %2 entries match</source>
        <translation>%1 de %2 entradas coinciden</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="195"/>
        <source>Export the audit log</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="195"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="202"/>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="202"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>atalaya::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="24"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>atalaya::BookingsPage</name>
    <message>
        <location filename="../ui/bookingspage.cpp" line="98"/>
        <source>Bookings — %1</source>
        <translation>Reservas — %1</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>Bookings (24 h)</source>
        <translation>Reservas (24 h)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>vs same hours last week</source>
        <translation>vs. mismas horas de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <source>No-shows</source>
        <translation>Inasistencias</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="103"/>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="103"/>
        <source>Revenue (ARS)</source>
        <translation>Ingresos (ARS)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="103"/>
        <source>Provider utilisation (7 d)</source>
        <translation>Ocupación de prestadores (7 d)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="105"/>
        <source>Aggregates only: no row names a patient, a customer or a provider</source>
        <translation>Solo agregados: ninguna fila nombra a un paciente, un cliente ni un prestador</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Payment provider</source>
        <translation>Proveedor de pago</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Attempts (24 h)</source>
        <translation>Intentos (24 h)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Approved</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="110"/>
        <source>MercadoPago&apos;s target is 97 %; below 95 % is an incident</source>
        <translation>El objetivo de MercadoPago es 97 %; por debajo de 95 % es un incidente</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="116"/>
        <source>Bookings per hour, every vertical</source>
        <translation>Reservas por hora, todas las verticales</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="117"/>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="118"/>
        <source>bookings/h</source>
        <translation>reservas/h</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="118"/>
        <source>same hour last week</source>
        <translation>misma hora de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="122"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="125"/>
        <source>Read from %1 as %2 (views of schema atalaya; sslmode %3)</source>
        <translation>Leído de %1 como %2 (vistas del esquema atalaya; sslmode %3)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="127"/>
        <source>No booking database is configured for this environment (sources.bookings).</source>
        <translation>No hay ninguna base de datos de reservas configurada para este entorno (sources.bookings).</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="138"/>
        <source>No booking database is configured for this environment.</source>
        <translation>No hay ninguna base de datos de reservas configurada para este entorno.</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="149"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="225"/>
        <source>%1 (aggregates only)</source>
        <translation>%1 (solo agregados)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="230"/>
        <location filename="../ui/bookingspage.cpp" line="234"/>
        <location filename="../ui/bookingspage.cpp" line="235"/>
        <location filename="../ui/bookingspage.cpp" line="236"/>
        <location filename="../ui/bookingspage.cpp" line="239"/>
        <location filename="../ui/bookingspage.cpp" line="259"/>
        <location filename="../ui/bookingspage.cpp" line="260"/>
        <location filename="../ui/bookingspage.cpp" line="276"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="292"/>
        <source>Last 24 h (%1–%2) against the same hours last week</source>
        <translation>Últimas 24 h (%1–%2) frente a las mismas horas de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="296"/>
        <source>%1 only (payments for every city) · %2</source>
        <translation>Solo %1 (pagos de todas las ciudades) · %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="298"/>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="300"/>
        <source>%1 — offline review: figures as of %2</source>
        <translation>%1 — revisión sin conexión: cifras de las %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="302"/>
        <source>%1 — offline: the database does not answer; figures as of %2</source>
        <translation>%1 — sin conexión: la base de datos no responde; cifras de las %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="310"/>
        <source>Export bookings as CSV</source>
        <translation>Exportar reservas como CSV</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="310"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="316"/>
        <source>⚠ cannot write %1</source>
        <translation>⚠ no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>atalaya::CacheDialog</name>
    <message>
        <location filename="../ui/cachedialog.cpp" line="74"/>
        <source>Local cache</source>
        <translation>Caché local</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="82"/>
        <source>&lt;b&gt;What is cached&lt;/b&gt; — per source and query, the windows fetched (offline review shows these)</source>
        <translation>&lt;b&gt;Qué hay en caché&lt;/b&gt; — por fuente y consulta, las ventanas obtenidas (la revisión sin conexión muestra estas)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>Windows cached</source>
        <translation>Ventanas en caché</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>From – to</source>
        <translation>Desde – hasta</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>Last fetched</source>
        <translation>Última obtención</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="93"/>
        <source>&lt;b&gt;Pinned windows&lt;/b&gt; — kept beyond retention (incidents under review)</source>
        <translation>&lt;b&gt;Ventanas fijadas&lt;/b&gt; — se conservan más allá de la retención (incidentes en revisión)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="95"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="95"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="95"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="103"/>
        <source>Pin the current window…</source>
        <translation>Fijar la ventana actual…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="104"/>
        <source>Unpin</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="105"/>
        <source>Export the current window…</source>
        <translation>Exportar la ventana actual…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="106"/>
        <source>Compact now</source>
        <translation>Compactar ahora</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="137"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 on disk · %4 series · %5 samples (%6 bytes a sample) · %7 audit entries&lt;br&gt;Holds %8 to %9 · kept for %10 days, pinned windows longer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 en disco · %4 series · %5 muestras (%6 bytes por muestra) · %7 entradas de auditoría&lt;br&gt;Contiene de %8 a %9 · se guarda %10 días, las ventanas fijadas más tiempo</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="139"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="141"/>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="158"/>
        <location filename="../ui/cachedialog.cpp" line="166"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="187"/>
        <source>Compacting…</source>
        <translation>Compactando…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="191"/>
        <source>Compacted.</source>
        <translation>Compactada.</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="191"/>
        <source>Compacting failed; see the log.</source>
        <translation>No se pudo compactar; ver el registro.</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="200"/>
        <source>Pin a window</source>
        <translation>Fijar una ventana</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="201"/>
        <source>Title for %1 – %2:</source>
        <translation>Título para %1 – %2:</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="202"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="219"/>
        <source>Export the current window</source>
        <translation>Exportar la ventana actual</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="221"/>
        <source>Atalaya cache (*.atalaya)</source>
        <translation>Caché de Atalaya (*.atalaya)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="224"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="226"/>
        <source>Exported to %1 — open it anywhere with: atalaya --open %1</source>
        <translation>Exportada a %1 — se abre en cualquier equipo con: atalaya --open %1</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="227"/>
        <source>Export failed; see the log.</source>
        <translation>No se pudo exportar; ver el registro.</translation>
    </message>
</context>
<context>
    <name>atalaya::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="129"/>
        <source>Drag across the chart to zoom; right-click to export</source>
        <translation>Arrastre sobre el gráfico para acercar; clic derecho para exportar</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="171"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="224"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="225"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="226"/>
        <source>Copy PromQL</source>
        <translation>Copiar PromQL</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="230"/>
        <source>Open in Prometheus</source>
        <translation>Abrir en Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="250"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="251"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="261"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="262"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="290"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>atalaya::CostsPage</name>
    <message>
        <location filename="../ui/costspage.cpp" line="68"/>
        <source>Costs — %1</source>
        <translation>Costos — %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="74"/>
        <source>US dollars (USD)</source>
        <translation>Dólares estadounidenses (USD)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="77"/>
        <source>Argentine pesos (ARS)</source>
        <translation>Pesos argentinos (ARS)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="78"/>
        <source>Cloud cost is in USD; pesos at the configured rate (costs.arsPerUsd)</source>
        <translation>El costo de la nube está en USD; los pesos, al tipo de cambio configurado (costs.arsPerUsd)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="79"/>
        <source>Set costs.arsPerUsd to show pesos and the share of revenue</source>
        <translation>Configurá costs.arsPerUsd para ver pesos y el costo sobre ingresos</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="81"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>Today (pace)</source>
        <translation>Hoy (ritmo)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>Month to date</source>
        <translation>Acumulado del mes</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="99"/>
        <source>Budget (month)</source>
        <translation>Presupuesto (mes)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="99"/>
        <source>Per booking (target)</source>
        <translation>Por reserva (objetivo)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="100"/>
        <source>Share of revenue</source>
        <translation>Sobre ingresos</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="100"/>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="107"/>
        <source>Spent today so far against the daily budget for the hours gone</source>
        <translation>Lo gastado hoy hasta ahora frente al presupuesto diario de las horas transcurridas</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="108"/>
        <source>Month-to-date cost over month-to-date bookings</source>
        <translation>Costo acumulado del mes dividido por las reservas acumuladas del mes</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="109"/>
        <source>OpenCost&apos;s total efficiency: usage over requests, cost-weighted</source>
        <translation>Eficiencia total de OpenCost: uso sobre solicitudes, ponderado por costo</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="113"/>
        <source>Cost per day</source>
        <translation>Costo por día</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="130"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="145"/>
        <source>other verticals</source>
        <translation>otras verticales</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="146"/>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="155"/>
        <source> ARS</source>
        <translation> ARS</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="157"/>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="167"/>
        <location filename="../ui/costspage.cpp" line="247"/>
        <location filename="../ui/costspage.cpp" line="251"/>
        <location filename="../ui/costspage.cpp" line="274"/>
        <location filename="../ui/costspage.cpp" line="278"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="171"/>
        <source>ARS %1</source>
        <translation>ARS %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="172"/>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="252"/>
        <location filename="../ui/costspage.cpp" line="276"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="256"/>
        <source>No budget for this vertical (verticals[].monthlyBudgetUsd)</source>
        <translation>Esta vertical no tiene presupuesto (verticals[].monthlyBudgetUsd)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="257"/>
        <source>%1 spent against a budget of %2 for the %3 days the data covers</source>
        <translation>Gasto: %1 frente a un presupuesto de %2 para los %3 días que cubren los datos</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="268"/>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="273"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="283"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costspage.cpp" line="284"/>
        <source>%1 over %n booking(s) this month</source>
        <translation>
            <numerusform>%1 dividido entre %n reserva este mes</numerusform>
            <numerusform>%1 dividido entre %n reservas este mes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="286"/>
        <source>no bookings</source>
        <translation>sin reservas</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="291"/>
        <source>of ARS %1 revenue this month</source>
        <translation>de ARS %1 de ingresos este mes</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="308"/>
        <source>Month to date, verticals with a budget</source>
        <translation>Acumulado del mes, verticales con presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="309"/>
        <source>%1 of %2 budgeted for the days covered</source>
        <translation>%1 de %2 presupuestados para los días cubiertos</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="99"/>
        <location filename="../ui/costspage.cpp" line="311"/>
        <source>Month-end forecast</source>
        <translation>Pronóstico a fin de mes</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="187"/>
        <source>Reading costs: %1…</source>
        <translation>Leyendo los costos: %1…</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="219"/>
        <location filename="../ui/costspage.cpp" line="230"/>
        <source>Bookings: %1.</source>
        <translation>Reservas: %1.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="228"/>
        <source>Bookings counted in Prometheus (bookings_total); revenue needs the booking database.</source>
        <translation>Reservas contadas en Prometheus (bookings_total); los ingresos requieren la base de datos de reservas.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="312"/>
        <source>%1 of the month&apos;s %2; whole cluster %3</source>
        <translation>%1 de los %2 del mes; todo el clúster %3</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="313"/>
        <source>Idle, month to date</source>
        <translation>Ocioso, acumulado del mes</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="314"/>
        <source>%1 of the cluster&apos;s %2: waste (≥ %3 unused)</source>
        <translation>%1 de los %2 del clúster: desperdicio (≥ %3 sin usar)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="316"/>
        <source>%1 of the cluster&apos;s %2</source>
        <translation>%1 de los %2 del clúster</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="318"/>
        <source>needs the booking database (revenue)</source>
        <translation>requiere la base de datos de reservas (ingresos)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="318"/>
        <source>needs costs.arsPerUsd</source>
        <translation>requiere costs.arsPerUsd</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="319"/>
        <source>target &lt; %1 (year %2); revenue ARS %3</source>
        <translation>objetivo &lt; %1 (año %2); ingresos ARS %3</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="321"/>
        <source>Infrastructure / revenue</source>
        <translation>Infraestructura / ingresos</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="328"/>
        <source>Whole cluster</source>
        <translation>Todo el clúster</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="331"/>
        <source>⚠ %1, today at its pace: %2 a day, %3× its %4-day trend (%5 a day)</source>
        <translation>⚠ %1, hoy a su ritmo: %2 por día, %3× su tendencia de %4 días (%5 por día)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="334"/>
        <source>⚠ %1, %2: %3, %4× its %5-day trend (%6 a day)</source>
        <translation>⚠ %1, %2: %3, %4× su tendencia de %5 días (%6 por día)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="338"/>
        <source>No day above %1 of its trailing trend.</source>
        <translation>Ningún día por encima del %1 de su tendencia reciente.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="339"/>
        <source>Days above %1 of their trailing trend:</source>
        <translation>Días por encima del %1 de su tendencia reciente:</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="345"/>
        <source>Budget pace: spend over the monthly budget prorated to the time the data covers; alert at %1, spend limit %2.</source>
        <translation>Ritmo del presupuesto: gasto sobre el presupuesto mensual prorrateado al período que cubren los datos; alerta al %1, límite de gasto %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costspage.cpp" line="348"/>
        <source>Forecast: month to date plus the mean of the last %n complete day(s) for the rest of the month (and for days without data).</source>
        <translation>
            <numerusform>Pronóstico: el acumulado del mes más el promedio del último día completo para el resto del mes (y para los días sin datos).</numerusform>
            <numerusform>Pronóstico: el acumulado del mes más el promedio de los últimos %n días completos para el resto del mes (y para los días sin datos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="351"/>
        <source>Forecast: month to date plus today&apos;s pace for the rest of the month.</source>
        <translation>Pronóstico: el acumulado del mes más el ritmo de hoy para el resto del mes.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="353"/>
        <source>1 USD = %1 ARS (configured%2).</source>
        <translation>1 USD = %1 ARS (configurado%2).</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="355"/>
        <source>, as of %1</source>
        <translation>, al %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="356"/>
        <source>Revenue: %1 of the approved bookings&apos; value.</source>
        <translation>Ingresos: %1 del valor de las reservas aprobadas.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="358"/>
        <source>Cost data starts on %1.</source>
        <translation>Los datos de costo empiezan el %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costspage.cpp" line="378"/>
        <source>today projected from its first %n hour(s)</source>
        <translation>
            <numerusform>hoy: proyección a partir de su primera hora</numerusform>
            <numerusform>hoy: proyección a partir de sus primeras %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="402"/>
        <source>no whole day of cost data yet</source>
        <translation>todavía no hay ningún día completo de datos de costo</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="406"/>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="410"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="412"/>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="414"/>
        <source>%1 — offline review: cost as of %2</source>
        <translation>%1 — revisión sin conexión: costos de las %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="416"/>
        <source>%1 — offline: the cost source does not answer; cost as of %2</source>
        <translation>%1 — sin conexión: la fuente de costos no responde; costos de las %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="418"/>
        <source>Month to date: %1.</source>
        <translation>Acumulado del mes: %1.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="458"/>
        <source>Export costs as CSV</source>
        <translation>Exportar costos como CSV</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="458"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="463"/>
        <source>⚠ cannot write %1</source>
        <translation>⚠ no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>atalaya::DegradationPage</name>
    <message>
        <location filename="../ui/degradationpage.cpp" line="45"/>
        <source>Degradation levels — %1</source>
        <translation>Niveles de degradación — %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Live level</source>
        <translation>Nivel vigente</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Drift</source>
        <translation>Desvío</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="70"/>
        <source>Change level…</source>
        <translation>Cambiar nivel…</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="78"/>
        <source>%1 maintenance mode</source>
        <translation>%1: modo mantenimiento</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="78"/>
        <source>%1 off: %2</source>
        <translation>%1: desactiva %2</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="79"/>
        <source>Levels — %1. Managers change them; every change is audited and drawn on the charts.</source>
        <translation>Niveles — %1. Los cambian los managers; cada cambio queda en la auditoría y se marca en los gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="111"/>
        <source>Degradation levels are changed by managers; your role here is not manager.</source>
        <translation>Los niveles de degradación los cambian los managers; tu rol acá no es manager.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="117"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="129"/>
        <source>⚠ %1 — levels below are unknown; the rest of the console works as usual.</source>
        <translation>⚠ %1 — no se conocen los niveles de abajo; el resto de la consola funciona normalmente.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="131"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>reduced</source>
        <translation>reducido</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>essential only</source>
        <translation>solo lo esencial</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>maintenance</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="146"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="151"/>
        <source>maintenance: “%1”%2</source>
        <translation>mantenimiento: “%1”%2</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="154"/>
        <source>, until about %1</source>
        <translation>, hasta aprox. el %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="156"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="159"/>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="166"/>
        <source>⚠ edited by hand: %1</source>
        <translation>⚠ editado a mano: %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="170"/>
        <source>⚠ differs from what this console wrote: %1</source>
        <translation>⚠ difiere de lo que escribió esta consola: %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="171"/>
        <source>⚠ changed by %1 since this console wrote it (%2)</source>
        <translation>⚠ %1 lo cambió después de que lo escribiera esta consola (%2)</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="174"/>
        <source>✔ as this console wrote it</source>
        <translation>✔ tal como lo escribió esta consola</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="177"/>
        <source>written elsewhere</source>
        <translation>escrito fuera de esta consola</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="177"/>
        <source>no level published yet</source>
        <translation>todavía no se publicó ningún nivel</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="184"/>
        <source>Live in %1, read at %2.</source>
        <translation>Vigente en %1, leído a las %2.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="186"/>
        <source>Every vertical at level 0.</source>
        <translation>Todas las verticales en nivel 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/degradationpage.cpp" line="186"/>
        <source>%n vertical(s) degraded.</source>
        <translation>
            <numerusform>%n vertical degradada.</numerusform>
            <numerusform>%n verticales degradadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/degradationpage.cpp" line="188"/>
        <source>%n vertical(s) differ from what this console wrote.</source>
        <translation>
            <numerusform>%n vertical difiere de lo que escribió esta consola.</numerusform>
            <numerusform>%n verticales difieren de lo que escribió esta consola.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::DeploymentsPage</name>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Ready</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Up to date</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="50"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="50"/>
        <source>Autoscaler</source>
        <translation>Autoescalador</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="50"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="60"/>
        <source>Scale…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="61"/>
        <source>Roll back…</source>
        <translation>Volver atrás…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="62"/>
        <source>Restart…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="78"/>
        <source>Deployments — %1 (namespace %2)</source>
        <translation>Deployments — %1 (namespace %2)</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="89"/>
        <source>Reading the deployments with kubectl…</source>
        <translation>Leyendo los deployments con kubectl…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="111"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="118"/>
        <source>Your role in this environment is viewer: actions are not offered.</source>
        <translation>Tu rol en este entorno es viewer: no se ofrecen acciones.</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="120"/>
        <source>The cluster says you may not scale here: %1</source>
        <translation>El clúster dice que no podés escalar acá: %1</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="123"/>
        <source>The cluster says you may not change deployments here: %1</source>
        <translation>El clúster dice que no podés cambiar deployments acá: %1</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="153"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="160"/>
        <source>%1–%2 (now %3)</source>
        <translation>%1–%2 (ahora %3)</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="160"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="161"/>
        <source>failed: progress deadline exceeded</source>
        <translation>falló: se venció el plazo de progreso</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="161"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="162"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="163"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deploymentspage.cpp" line="166"/>
        <source>%n deployment(s) not fully ready</source>
        <translation>
            <numerusform>%n deployment no está del todo listo</numerusform>
            <numerusform>%n deployments no están del todo listos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="166"/>
        <source>All deployments ready</source>
        <translation>Todos los deployments listos</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="167"/>
        <source> · read with kubectl at %1</source>
        <translation> · leído con kubectl a las %1</translation>
    </message>
</context>
<context>
    <name>atalaya::LevelDialog</name>
    <message>
        <location filename="../ui/leveldialog.cpp" line="44"/>
        <source>Degradation level — %1</source>
        <translation>Nivel de degradación — %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="47"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — degradation level</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nivel de degradación</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="50"/>
        <source>Reading what is live in %1…</source>
        <translation>Leyendo lo que está vigente en %1…</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>reduced</source>
        <translation>reducido</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>essential only</source>
        <translation>solo lo esencial</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>maintenance</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="59"/>
        <source>Level 0 — normal: every feature on</source>
        <translation>Nivel 0 — normal: todas las funciones activas</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="61"/>
        <source>maintenance mode: users see a full-page notice</source>
        <translation>modo mantenimiento: los usuarios ven un aviso de página completa</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="62"/>
        <source>switches off %1</source>
        <translation>desactiva %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="63"/>
        <source>Level %1 — %2: %3</source>
        <translation>Nivel %1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="65"/>
        <source>; keeps %1</source>
        <translation>; mantiene %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="67"/>
        <source>; users are told by %1</source>
        <translation>; se avisa a los usuarios con %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="83"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="89"/>
        <source>Estimated resolution</source>
        <translation>Resolución estimada</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="97"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the vertical&apos;s flags, as flagd will serve them (diff):</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; — los flags de la vertical, tal como los va a servir flagd (diff):</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="106"/>
        <source>Publishes with: %1</source>
        <translation>Se publica con: %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="112"/>
        <source>Why (kept in the audit log and in the flags&apos; metadata), e.g. &quot;p95 3× baseline since 21:40&quot;</source>
        <translation>Por qué (queda en la auditoría y en la metadata de los flags), p. ej. &quot;p95 3× la línea base desde las 21:40&quot;</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="113"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="116"/>
        <source>Type %1 to confirm maintenance mode</source>
        <translation>Escribí %1 para confirmar el modo mantenimiento</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="117"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="126"/>
        <source>Apply level</source>
        <translation>Aplicar nivel</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="157"/>
        <source>Degradation levels are the managers&apos;: your role in this environment is %1.</source>
        <translation>Los niveles de degradación los manejan los managers: tu rol en este entorno es %1.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="158"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="158"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="160"/>
        <source>The cluster says you may not change %1: %2</source>
        <translation>El clúster dice que no podés cambiar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="163"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="167"/>
        <source>Live now: &lt;b&gt;level %1&lt;/b&gt;</source>
        <translation>Vigente ahora: &lt;b&gt;nivel %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="167"/>
        <source>Live now: no level published (level 0)</source>
        <translation>Vigente ahora: ningún nivel publicado (nivel 0)</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="169"/>
        <source>, set by %1 at %2</source>
        <translation>, definido por %1 el %2</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="172"/>
        <source>Edited by hand: %1</source>
        <translation>Editado a mano: %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="173"/>
        <source>Read from %1.</source>
        <translation>Leído de %1.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="200"/>
        <source>Apply level %1</source>
        <translation>Aplicar nivel %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="210"/>
        <source>%1 is at level %2 already; applying it again rewrites the same flags.</source>
        <translation>%1 ya está en el nivel %2; aplicarlo de nuevo reescribe los mismos flags.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="212"/>
        <source>Goes off: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Se desactiva: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="214"/>
        <source>Comes back: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Vuelve: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="216"/>
        <source>&lt;b&gt;Maintenance mode&lt;/b&gt;: every user of %1 sees “%2” until it is lifted.</source>
        <translation>&lt;b&gt;Modo mantenimiento&lt;/b&gt;: todos los usuarios de %1 ven “%2” hasta que se levante.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="219"/>
        <source>Cannot be applied: %1</source>
        <translation>No se puede aplicar: %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="221"/>
        <source>(no change in the flags)</source>
        <translation>(sin cambios en los flags)</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="242"/>
        <source>A reason is needed.</source>
        <translation>Hace falta un motivo.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="244"/>
        <source>Maintenance mode: type %1 to confirm.</source>
        <translation>Modo mantenimiento: escribí %1 para confirmar.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="255"/>
        <source>Writing the audit entry, then %1…</source>
        <translation>Escribiendo la auditoría y después %1…</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="262"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="262"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>atalaya::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Atalaya — %1</source>
        <translation>Atalaya — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Offline review: Prometheus is not asked</source>
        <translation>Revisión sin conexión: no se consulta a Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Local cache: %1</source>
        <translation>Caché local: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Version, licences and the sources of the data this console ships (F1)</source>
        <translation>Versión, licencias y el origen de los datos que incluye esta consola (F1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Times are shown in %1</source>
        <translation>Los horarios se muestran en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Reviewing %1 (read-only): every chart shows what was exported; no source is asked.</source>
        <translation>Revisando %1 (solo lectura): cada gráfico muestra lo exportado; no se consulta ninguna fuente.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Offline review: every chart shows the local cache; no source is asked.</source>
        <translation>Revisión sin conexión: cada gráfico muestra la caché local; no se consulta ninguna fuente.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Coverage: status bar → Cache.</source>
        <translation>Cobertura: barra de estado → Caché.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Configuration problem — the console runs on the built-in defaults:&lt;br&gt;%1</source>
        <translation>Problema de configuración — la consola usa los valores incorporados:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Refresh · %1</source>
        <translation>Actualizar · %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Refresh now (%1); the arrow sets the automatic refresh (%2)</source>
        <translation>Actualizar ahora (%1); la flecha fija la actualización automática (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>ATALAYA</source>
        <translation>ATALAYA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Production environment</source>
        <translation>Entorno de producción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Non-production environment</source>
        <translation>Entorno que no es de producción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Degradation</source>
        <translation>Degradación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Region: latency, requests/s and 5xx of every dashboard for this region only (or click a region on the map)</source>
        <translation>Región: latencia, solicitudes/s y 5xx de todos los tableros solo para esta región (o hacé clic en una región del mapa)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Previous time range (%1)</source>
        <translation>Rango anterior (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Next time range (%1)</source>
        <translation>Rango siguiente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>Last %1</source>
        <translation>Últimos %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Time zone of every time shown</source>
        <translation>Zona horaria de todos los horarios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Time range of every chart</source>
        <translation>Rango de tiempo de todos los gráficos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>About Atalaya</source>
        <translation>Acerca de Atalaya</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&lt;h3&gt;Atalaya %1&lt;/h3&gt;&lt;p&gt;The operations console of the booking platform: Prometheus, Alertmanager, OpenCost, the booking database and the user&apos;s own kubectl, with a local cache for offline review.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Built with Qt %2 (LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Map outlines&lt;/b&gt;: %3, from Debian&apos;s gmt-dcw package; simplified at build time.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flag schema&lt;/b&gt;: OpenFeature flagd-schemas (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atalaya %1&lt;/h3&gt;&lt;p&gt;La consola de operaciones de la plataforma de reservas: Prometheus, Alertmanager, OpenCost, la base de datos de reservas y el propio kubectl del usuario, con una caché local para la revisión sin conexión.&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later. Hecha con Qt %2 (LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contornos del mapa&lt;/b&gt;: %3, del paquete gmt-dcw de Debian; simplificados al compilar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Esquema de flags&lt;/b&gt;: OpenFeature flagd-schemas (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Time range</source>
        <translation>Rango de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Updated %1 (%2)</source>
        <translation>Actualizado %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>Some data could not be loaded: %1</source>
        <translation>No se pudieron cargar algunos datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>Offline — the sources do not answer; charts show the local cache as of %1. Live data resumes by itself.</source>
        <translation>Sin conexión — las fuentes no responden; los gráficos muestran la caché local de las %1. Los datos en vivo vuelven solos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Offline —</source>
        <translation>Sin conexión —</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Cache ⚠</source>
        <translation>Caché ⚠</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Cache: offline review</source>
        <translation>Caché: revisión sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Local cache %1 — click for coverage, pinned windows, export</source>
        <translation>Caché local %1 — clic para cobertura, ventanas fijadas, exportar</translation>
    </message>
</context>
<context>
    <name>atalaya::MapPage</name>
    <message>
        <location filename="../ui/mappage.cpp" line="49"/>
        <source>under target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="51"/>
        <source>up to 20 % over</source>
        <translation>hasta 20 % por encima</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="53"/>
        <source>over target</source>
        <translation>por encima del objetivo</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="57"/>
        <location filename="../ui/mappage.cpp" line="290"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="66"/>
        <source>Regional latency — %1</source>
        <translation>Latencia regional — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mappage.cpp" line="73"/>
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>última hora</numerusform>
            <numerusform>últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="76"/>
        <source>Replay:</source>
        <translation>Repasar:</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="78"/>
        <location filename="../ui/mappage.cpp" line="121"/>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="88"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="89"/>
        <source>Back to the latest figures; the map follows them on every refresh</source>
        <translation>Volver a las cifras más recientes; el mapa las sigue en cada actualización</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>Requests/s</source>
        <translation>Solicitudes/s</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="121"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausar</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="188"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="221"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="223"/>
        <source>Offline review: figures as of %1.</source>
        <translation>Revisión sin conexión: cifras de las %1.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="225"/>
        <source>Offline: the source does not answer; figures as of %1.</source>
        <translation>Sin conexión: la fuente no responde; cifras de las %1.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="267"/>
        <source>%1 %2 ms (target %3 ms)</source>
        <translation>%1 %2 ms (objetivo %3 ms)</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="270"/>
        <source>Target from: %1</source>
        <translation>Origen del objetivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="277"/>
        <location filename="../ui/mappage.cpp" line="278"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="277"/>
        <location filename="../ui/mappage.cpp" line="282"/>
        <location filename="../ui/mappage.cpp" line="283"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="290"/>
        <source>%1 (latest)</source>
        <translation>%1 (más reciente)</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="292"/>
        <source>No region has latency data in this span.</source>
        <translation>Ninguna región tiene datos de latencia en este rango.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="294"/>
        <source>At %1 every region is at or under its p95 target.</source>
        <translation>Al %1, todas las regiones están dentro de su objetivo de p95.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="296"/>
        <source>At %1 over target: %2.</source>
        <translation>Al %1, por encima del objetivo: %2.</translation>
    </message>
</context>
<context>
    <name>atalaya::MapWidget</name>
    <message>
        <location filename="../ui/mapwidget.cpp" line="320"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <source>at or under target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <source>up to 20 % over</source>
        <translation>hasta 20 % por encima</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <source>more than 20 % over</source>
        <translation>más de 20 % por encima</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <location filename="../ui/mapwidget.cpp" line="455"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="356"/>
        <source>p95 against each region&apos;s target</source>
        <translation>p95 vs. objetivo de cada región</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="365"/>
        <source>size: requests/s</source>
        <translation>tamaño: solicitudes/s</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="371"/>
        <source>Outlines: %1</source>
        <translation>Contornos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="455"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="456"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;p95 %2 — target %3 ms (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;p95 %2 — objetivo %3 ms (%4)</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="459"/>
        <source>&lt;br&gt;%1 requests/s</source>
        <translation>&lt;br&gt;%1 solicitudes/s</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="461"/>
        <source>&lt;br&gt;5xx %1 %</source>
        <translation>&lt;br&gt;5xx %1 %</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="32"/>
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source>Overview — %1</source>
        <translation>Resumen — %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>Click a vertical to open its dashboard</source>
        <translation>Haga clic en una vertical para abrir su tablero</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="63"/>
        <source>Regions — p95 against each region&apos;s target</source>
        <translation>Regiones — p95 frente al objetivo de cada región</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>Click to open the regional latency map</source>
        <translation>Hacé clic para abrir el mapa de latencia regional</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>Regions: %1</source>
        <translation>Regiones: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="116"/>
        <source>Overview — %1 · region %2</source>
        <translation>Resumen — %1 · región %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="254"/>
        <source>Showing the cache as of %1 while the sources answer…</source>
        <translation>Mostrando la caché de las %1 mientras responden las fuentes…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="274"/>
        <source>Could not refresh: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="276"/>
        <source>Offline review · from the cache, fetched %1</source>
        <translation>Revisión sin conexión · desde la caché, obtenida %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="277"/>
        <source>Offline — showing the cache as of %1</source>
        <translation>Sin conexión — se muestra la caché de las %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="279"/>
        <source>All verticals within their SLA · updated %1</source>
        <translation>Todas las verticales dentro de su SLA · actualizado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="281"/>
        <source>%n vertical(s) critical</source>
        <translation>
            <numerusform>%n vertical crítica</numerusform>
            <numerusform>%n verticales críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="282"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="283"/>
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="285"/>
        <source>%1 only: p95 against its %2 ms target, requests/s and 5xx of its users; the other columns are platform-wide · </source>
        <translation>Solo %1: p95 frente a su objetivo de %2 ms, solicitudes/s y 5xx de sus usuarios; las demás columnas son de toda la plataforma · </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="323"/>
        <source>%1 %2 ms (target %3 ms)</source>
        <translation>%1 %2 ms (objetivo %3 ms)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="325"/>
        <source>over their regional target: %1</source>
        <translation>por encima de su objetivo regional: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::QuerySet</name>
    <message>
        <location filename="../models/sources/queryset.cpp" line="135"/>
        <source>waiting for the source</source>
        <translation>esperando a la fuente</translation>
    </message>
    <message>
        <location filename="../models/sources/queryset.cpp" line="145"/>
        <source>offline review</source>
        <translation>revisión sin conexión</translation>
    </message>
</context>
<context>
    <name>atalaya::RecommendationsPanel</name>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="51"/>
        <source>same hour last week</source>
        <translation>misma hora de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="51"/>
        <source>median of the last 7 days</source>
        <translation>mediana de los últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="57"/>
        <source>p95 %1 ms is %2× its baseline</source>
        <translation>p95 %1 ms es %2× su línea base</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="59"/>
        <source>5xx errors %1 % are %2× their baseline</source>
        <translation>errores 5xx %1 % son %2× su línea base</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="61"/>
        <source>booking abandonment %1 % is %2× its baseline</source>
        <translation>abandono de reservas %1 % es %2× su línea base</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="66"/>
        <source>p95 %1 ms is %2× its baseline (%3 ms, %4) for %5 min — trigger above %6×</source>
        <translation>p95 %1 ms es %2× su línea base (%3 ms, %4) desde hace %5 min — se dispara por encima de %6×</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="70"/>
        <source>5xx errors %1 % are %2× their baseline (%3 %, %4) for %5 min — trigger above %6×</source>
        <translation>errores 5xx %1 % son %2× su línea base (%3 %, %4) desde hace %5 min — se dispara por encima de %6×</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="74"/>
        <source>booking abandonment %1 % is %2× its baseline (%3 %, %4) for %5 min — trigger above +%6 %</source>
        <translation>abandono de reservas %1 % es %2× su línea base (%3 %, %4) desde hace %5 min — se dispara por encima de +%6 %</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="102"/>
        <source>%1: %2 (%3 of %4 min)</source>
        <translation>%1: %2 (%3 de %4 min)</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="112"/>
        <source>raise %1 to level %2</source>
        <translation>subir %1 al nivel %2</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="114"/>
        <source>scale %1 to %2 (5×, cap %3)</source>
        <translation>escalar %1 a %2 (5×, tope %3)</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="115"/>
        <source>%1 is degraded: level %2 and %3 at its cap already — consider maintenance mode or a rollback</source>
        <translation>%1 está degradada: nivel %2 y %3 ya en su tope — considerá el modo mantenimiento o un rollback</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="119"/>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="119"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="131"/>
        <source>Raise to level %1…</source>
        <translation>Subir al nivel %1…</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="137"/>
        <source>Scale %1 to %2…</source>
        <translation>Escalar %1 a %2…</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="142"/>
        <source>Each step opens its dialog and asks for confirmation; Atalaya never acts on its own.</source>
        <translation>Cada paso abre su diálogo y pide confirmación; Atalaya nunca actúa por su cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="152"/>
        <source>Triggers not evaluated: %1</source>
        <translation>Disparadores sin evaluar: %1</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="154"/>
        <source>Watching: %1.</source>
        <translation>En observación: %1.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="156"/>
        <source>No recommendation from stale data for %1.</source>
        <translation>Sin recomendaciones con datos desactualizados para %1.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="158"/>
        <source>No trigger holds: p95, errors and abandonment are within their baselines.</source>
        <translation>No se cumple ningún disparador: p95, errores y abandono están dentro de sus líneas base.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="160"/>
        <source>Too little traffic to judge %1 (fewer requests, failures or checkouts than the triggers&apos; minimums).</source>
        <translation>Poco tráfico para evaluar %1 (menos pedidos, fallas o checkouts que los mínimos de los disparadores).</translation>
    </message>
</context>
<context>
    <name>atalaya::SourceHealthLabel</name>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="21"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="23"/>
        <source>slow</source>
        <translation>lento</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="25"/>
        <source>failing</source>
        <translation>con fallas</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="27"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="31"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalDashboardPage</name>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44"/>
        <source>Latency (p50 / p95 / p99)</source>
        <translation>Latencia (p50 / p95 / p99)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="45"/>
        <source>Quantiles computed in the console from the rate of each latency bucket, as PromQL&apos;s histogram_quantile does: one query serves every region</source>
        <translation>Cuantiles calculados en la consola a partir de la tasa de cada bucket de latencia, como lo hace histogram_quantile de PromQL: una sola consulta sirve para todas las regiones</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="77"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="80"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="616"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="91"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="616"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="616"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="49"/>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="50"/>
        <source>req/s</source>
        <translation>sol/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="51"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="617"/>
        <source>requests/s</source>
        <translation>solicitudes/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="51"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="415"/>
        <source>forecast</source>
        <translation>pronóstico</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="52"/>
        <source>Forecast for the next two hours: the same hours last week, scaled by how the last hour compares with the same hour last week</source>
        <translation>Pronóstico de las próximas dos horas: las mismas horas de la semana pasada, escaladas según cómo se compara la última hora con la misma hora de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="54"/>
        <source>Error ratio (5xx)</source>
        <translation>Proporción de errores (5xx)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="55"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="63"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="72"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="618"/>
        <source>5xx ratio</source>
        <translation>proporción 5xx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="57"/>
        <source>1 % (5xx alert threshold, CheckIn canvas)</source>
        <translation>1 % (umbral de alerta 5xx, canvas CheckIn)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="58"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60"/>
        <source>desired</source>
        <translation>deseadas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60"/>
        <source>ready</source>
        <translation>listas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60"/>
        <source>HPA min</source>
        <translation>HPA mín</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="61"/>
        <source>HPA max</source>
        <translation>HPA máx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="62"/>
        <source>CPU and memory utilisation</source>
        <translation>Uso de CPU y memoria</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="64"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="64"/>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="65"/>
        <source>memory 80 % (scaling policy)</source>
        <translation>memoria 80 % (política de escalado)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="66"/>
        <source>CPU 70 % (scaling policy)</source>
        <translation>CPU 70 % (política de escalado)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="67"/>
        <source>Bookings per hour</source>
        <translation>Reservas por hora</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="67"/>
        <source>Bookings per hour — booking database</source>
        <translation>Reservas por hora — base de datos de reservas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="69"/>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="70"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="346"/>
        <source>bookings/h</source>
        <translation>reservas/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="71"/>
        <source>Payment success by provider</source>
        <translation>Pagos exitosos por proveedor</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="73"/>
        <source>95 % floor (production infrastructure)</source>
        <translation>piso 95 % (infraestructura de producción)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="74"/>
        <source>97 % MercadoPago target (roadmap)</source>
        <translation>objetivo 97 % MercadoPago (roadmap)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="76"/>
        <source>Payment gateway latency (p95)</source>
        <translation>Latencia de pasarelas de pago (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="78"/>
        <source>Latency by region (p95)</source>
        <translation>Latencia por región (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="81"/>
        <source>Each region&apos;s p95 from the same bucket rates; choose a region on the map to see its target here and filter this dashboard to it</source>
        <translation>El p95 de cada región a partir de las mismas tasas por bucket; elegí una región en el mapa para ver acá su objetivo y filtrar este tablero por ella</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="88"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="397"/>
        <source>Slowest routes now (p95, last 5 minutes)</source>
        <translation>Rutas más lentas ahora (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="91"/>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="399"/>
        <source>Slowest routes now in %1 (p95, last 5 minutes)</source>
        <translation>Rutas más lentas ahora en %1 (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="400"/>
        <source>Slowest routes now, every region (p95, last 5 minutes)</source>
        <translation>Rutas más lentas ahora, todas las regiones (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="415"/>
        <source>no forecast for one region</source>
        <translation>sin pronóstico para una sola región</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="604"/>
        <source>%1 — %2 · region %3</source>
        <translation>%1 — %2 · región %3</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="605"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="607"/>
        <source>%1 target %2 ms (%3)</source>
        <translation>objetivo de %1: %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="611"/>
        <source>SLA %1 ms (%2)</source>
        <translation>SLA %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="243"/>
        <source>Shaded: %1 peak hours %2</source>
        <translation>Sombreado: horas pico de %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="328"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="342"/>
        <source>bookings/h (bookings_total: %1)</source>
        <translation>reservas/h (bookings_total: %1)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="479"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="552"/>
        <source>cached %1 — waiting for the source…</source>
        <translation>en caché %1 — esperando a la fuente…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="350"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="554"/>
        <source>offline — as of %1</source>
        <translation>sin conexión — de las %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="351"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="558"/>
        <source>no data in this range</source>
        <translation>sin datos en este rango</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="556"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="617"/>
        <source>requests/s · %1</source>
        <translation>solicitudes/s · %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="618"/>
        <source>5xx ratio · %1</source>
        <translation>proporción 5xx · %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="689"/>
        <source>no forecast: no data from last week</source>
        <translation>sin pronóstico: no hay datos de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="695"/>
        <source>no forecast: this hour is %1× last week&apos;s</source>
        <translation>sin pronóstico: esta hora es %1× la de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="702"/>
        <source>forecast: last week × %1</source>
        <translation>pronóstico: semana pasada × %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="711"/>
        <source>Slowest routes now — ⚠ %1</source>
        <translation>Rutas más lentas ahora — ⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="724"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="745"/>
        <source>Offline review · from the cache, fetched %1</source>
        <translation>Revisión sin conexión · desde la caché, obtenida %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="746"/>
        <source>Offline — showing the cache as of %1</source>
        <translation>Sin conexión — se muestra la caché de las %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="748"/>
        <source>Step %1, rate window %2 · updated %3</source>
        <translation>Paso %1, ventana de tasa %2 · actualizado %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verticaldashboardpage.cpp" line="751"/>
        <source>%n query(ies) failed · %1</source>
        <translation>
            <numerusform>%n consulta falló · %1</numerusform>
            <numerusform>%n consultas fallaron · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalStatusModel</name>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="74"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="76"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="78"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="82"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="120"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="124"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="127"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="130"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="134"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="139"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="142"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="146"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="154"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="120"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="122"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="125"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="131"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="143"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="128"/>
        <source>%1 req/s</source>
        <translation>%1 sol/s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="136"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="137"/>
        <source>%1/%2 (HPA %3–%4)</source>
        <translation>%1/%2 (HPA %3–%4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="140"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="148"/>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="149"/>
        <source>US$ %1 · %2 %</source>
        <translation>US$ %1 · %2 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="156"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="158"/>
        <source>maintenance</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="160"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="208"/>
        <source>p95 latency over the last 5 minutes; SLA %1 ms</source>
        <translation>latencia p95 de los últimos 5 minutos; SLA %1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="211"/>
        <source>Too few requests in the last minutes to judge the 5xx ratio</source>
        <translation>Muy pocas solicitudes en los últimos minutos para juzgar la proporción de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="212"/>
        <source>Share of 5xx responses over the last 5 minutes; critical above 1 %</source>
        <translation>Proporción de respuestas 5xx de los últimos 5 minutos; crítico por encima de 1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="215"/>
        <source>Share of non-5xx responses over 30 days; SLO %1 %</source>
        <translation>Proporción de respuestas sin 5xx en 30 días; SLO %1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="218"/>
        <source>Ready / desired replicas of the main deployment, and its autoscaler&apos;s bounds; a warning when pinned at the maximum or when not all are ready</source>
        <translation>Réplicas listas / deseadas del deployment principal y los límites de su autoescalador; advertencia si está al máximo o si no todas están listas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="221"/>
        <source>Payment success over the last 5 minutes; target 97 %, floor 95 %</source>
        <translation>Pagos exitosos de los últimos 5 minutos; objetivo 97 %, piso 95 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="224"/>
        <source>Today&apos;s spend could not be refreshed: %1</source>
        <translation>No se pudo actualizar el gasto de hoy: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="226"/>
        <source>Today&apos;s spend: no answer from the cost source yet</source>
        <translation>Gasto de hoy: la fuente de costos todavía no respondió</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="228"/>
        <source>Spent today so far; this vertical has no budget (verticals[].monthlyBudgetUsd)</source>
        <translation>Gastado hoy hasta ahora; esta vertical no tiene presupuesto (verticals[].monthlyBudgetUsd)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="229"/>
        <source>Spent today so far against the daily budget for the hours gone (US$ %1); an alert at %2 %, the spend limit at %3 %</source>
        <translation>Gastado hoy hasta ahora contra el presupuesto diario de las horas transcurridas (US$ %1); alerta al %2 %, límite de gasto al %3 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="235"/>
        <source>The degradation level the flag store serves: 1 and 2 switch groups of features off, 3 is maintenance mode</source>
        <translation>El nivel de degradación que sirve el almacén de flags: 1 y 2 apagan grupos de funciones, 3 es modo mantenimiento</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="250"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="252"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="254"/>
        <source>p95
latency</source>
        <translation>Latencia
p95</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="258"/>
        <source>5xx
ratio</source>
        <translation>Tasa
5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="262"/>
        <source>30-day
availability</source>
        <translation>Disponibilidad
30 días</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="268"/>
        <source>Payments
OK</source>
        <translation>Pagos
OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="270"/>
        <source>Cost
today</source>
        <translation>Costo
hoy</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="272"/>
        <source>Degradation</source>
        <translation>Degradación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="256"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="260"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="264"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="266"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
</context>
<context>
    <name>atalaya::cache::Cache</name>
    <message>
        <location filename="../models/cache/cache.cpp" line="77"/>
        <location filename="../models/cache/cache.cpp" line="213"/>
        <source>the cache %1 is not open</source>
        <translation>la caché %1 no está abierta</translation>
    </message>
</context>
<context>
    <name>atalaya::cache::CacheDb</name>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="180"/>
        <source>cache file %1 does not exist</source>
        <translation>el archivo de caché %1 no existe</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="217"/>
        <source>%1 is not an Atalaya cache this version can read (schema %2, this build reads 1 to %3)</source>
        <translation>%1 no es una caché de Atalaya que esta versión pueda leer (esquema %2; esta versión lee de 1 a %3)</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="228"/>
        <source>cannot open the cache %1: %2</source>
        <translation>no se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="233"/>
        <source>The cache %1 could not be read (%2); it was moved to %3 and a new cache was started.</source>
        <translation>No se pudo leer la caché %1 (%2); se movió a %3 y se empezó una caché nueva.</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="244"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="245"/>
        <source>cache %1: %2 failed: %3</source>
        <translation>caché %1: falló %2: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="308"/>
        <source>cache %1 was written by a newer Atalaya (schema %2; this one knows up to %3)</source>
        <translation>la caché %1 la escribió un Atalaya más nuevo (esquema %2; este conoce hasta el %3)</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="321"/>
        <source>cache %1: migration to schema %2 failed: %3</source>
        <translation>caché %1: falló la migración al esquema %2: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="678"/>
        <source>cache %1 is open read-only: nothing can be audited, so nothing may run</source>
        <translation>la caché %1 está abierta en solo lectura: no se puede auditar nada, así que nada puede ejecutarse</translation>
    </message>
</context>
<context>
    <name>atalaya::kube</name>
    <message>
        <location filename="../models/actions/actions.cpp" line="90"/>
        <source>%1 replicas is above this vertical&apos;s cap of %2</source>
        <translation>%1 réplicas supera el tope de %2 de esta vertical</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="92"/>
        <source>the deployment already has %1 replicas</source>
        <translation>el deployment ya tiene %1 réplicas</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="117"/>
        <location filename="../models/actions/actions.cpp" line="132"/>
        <source>the deployment is paused: resume it first</source>
        <translation>el deployment está en pausa: primero reanudalo</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="119"/>
        <source>revision %1 is the one running</source>
        <translation>la revisión %1 es la que está corriendo</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="149"/>
        <source>the deployment has no autoscaler any more</source>
        <translation>el deployment ya no tiene autoescalador</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="151"/>
        <source>minReplicas %1 / maxReplicas %2 is not a valid range</source>
        <translation>minReplicas %1 / maxReplicas %2 no es un rango válido</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="153"/>
        <source>the autoscaler already has these values</source>
        <translation>el autoescalador ya tiene estos valores</translation>
    </message>
    <message>
        <location filename="../models/actions/deployments.cpp" line="26"/>
        <source>kubectl&apos;s output is not JSON (%1 at byte %2)</source>
        <translation>la salida de kubectl no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../models/actions/deployments.cpp" line="58"/>
        <source>expected Deployment objects, got &quot;%1&quot;</source>
        <translation>se esperaban objetos Deployment y llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="55"/>
        <source>kubectl could not be started (%1): install it or set its path in the configuration</source>
        <translation>no se pudo iniciar kubectl (%1): instalalo o indicá su ruta en la configuración</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="57"/>
        <source>kubectl did not finish in time and was stopped (%1)</source>
        <translation>kubectl no terminó a tiempo y se detuvo (%1)</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="59"/>
        <source>not allowed by the cluster (RBAC): %1</source>
        <translation>el clúster no lo permite (RBAC): %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="61"/>
        <source>not found: %1</source>
        <translation>no encontrado: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="63"/>
        <source>changed meanwhile, read it again and retry: %1</source>
        <translation>cambió mientras tanto, volvé a leerlo y reintentá: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="65"/>
        <source>rejected by the API server: %1</source>
        <translation>el API server lo rechazó: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="67"/>
        <source>the cluster refused the credentials of this kube context (log in again): %1</source>
        <translation>el clúster rechazó las credenciales de este contexto de kube (volvé a iniciar sesión): %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="69"/>
        <source>someone else changed the replica count first: %1</source>
        <translation>otra persona cambió antes la cantidad de réplicas: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="71"/>
        <source>the API server refused the connection: %1</source>
        <translation>el API server rechazó la conexión: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="73"/>
        <source>the API server cannot be reached: %1</source>
        <translation>no se puede llegar al API server: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="75"/>
        <source>the kube context is not in the kubeconfig: %1</source>
        <translation>el contexto de kube no está en el kubeconfig: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="77"/>
        <source>the rollout failed: %1</source>
        <translation>el rollout falló: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="81"/>
        <source>kubectl failed: %1</source>
        <translation>kubectl falló: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::kube::Executor</name>
    <message>
        <location filename="../models/actions/actions.cpp" line="185"/>
        <source>a reason is required</source>
        <translation>hace falta un motivo</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="188"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="197"/>
        <source>the audit entry could not be written, so nothing was run</source>
        <translation>no se pudo escribir la auditoría, así que no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="217"/>
        <source>autoscaler %1 back to %2–%3 replicas</source>
        <translation>autoescalador %1 de vuelta en %2–%3 réplicas</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="221"/>
        <source>%1 of %2 done and rolled out</source>
        <translation>%1 de %2 hecho y desplegado</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="239"/>
        <source>%1 has %2 ready replicas</source>
        <translation>%1 tiene %2 réplicas listas</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="240"/>
        <source>%1: %2 of %3 replicas ready after %4 s</source>
        <translation>%1: %2 de %3 réplicas listas después de %4 s</translation>
    </message>
</context>
<context>
    <name>atalaya::kube::Runner</name>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="199"/>
        <source>namespace &quot;%1&quot; is not a valid Kubernetes name</source>
        <translation>el namespace &quot;%1&quot; no es un nombre válido de Kubernetes</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="201"/>
        <source>kube context &quot;%1&quot; is not a valid context name</source>
        <translation>el contexto de kube &quot;%1&quot; no es un nombre válido</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="203"/>
        <source>kubeconfig path &quot;%1&quot; is not allowed</source>
        <translation>la ruta de kubeconfig &quot;%1&quot; no está permitida</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="225"/>
        <source>&quot;%1&quot; is not a valid Kubernetes name: nothing was run</source>
        <translation>&quot;%1&quot; no es un nombre válido de Kubernetes: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="259"/>
        <source>after %1 ms</source>
        <translation>después de %1 ms</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="263"/>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="342"/>
        <source>&quot;%1&quot; is not a valid label selector: nothing was run</source>
        <translation>&quot;%1&quot; no es un selector de etiquetas válido: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="357"/>
        <source>%1 replicas is not a replica count: nothing was run</source>
        <translation>%1 réplicas no es una cantidad válida: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="364"/>
        <source>minReplicas %1 / maxReplicas %2 is not a valid range: nothing was run</source>
        <translation>minReplicas %1 / maxReplicas %2 no es un rango válido: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="373"/>
        <source>revision %1 does not exist: nothing was run</source>
        <translation>la revisión %1 no existe: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="395"/>
        <source>the patch is %1 bytes, more than kubectl can take in one argument (%2): nothing was run</source>
        <translation>el patch ocupa %1 bytes, más de lo que kubectl admite en un argumento (%2): no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="399"/>
        <source>the patch is not a JSON object: nothing was run</source>
        <translation>el patch no es un objeto JSON: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="408"/>
        <source>&quot;%1&quot; is not a verb or resource name: nothing was run</source>
        <translation>&quot;%1&quot; no es un verbo ni un recurso: no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="416"/>
        <source>not allowed: %1</source>
        <translation>no permitido: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Operations console for a multi-vertical booking platform.</source>
        <translation>Consola de operaciones para una plataforma de reservas multivertical.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Configuration file to use.</source>
        <translation>Archivo de configuración a usar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>Environment to open (default: the configured one).</source>
        <translation>Entorno a abrir (por defecto: el configurado).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>Log debug messages to stderr.</source>
        <translation>Registrar mensajes de depuración en stderr.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135"/>
        <source>Render the page offscreen once its data has loaded, save it as PNG and exit.</source>
        <translation>Dibujar la página fuera de pantalla cuando carguen sus datos, guardarla como PNG y salir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Page to open: %1.</source>
        <translation>Página a abrir: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Vertical to show.</source>
        <translation>Vertical a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>Region to filter the dashboards to, e.g. cordoba.</source>
        <translation>Región por la que filtrar los tableros, p. ej. cordoba.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="145"/>
        <source>Time range, e.g. 15m, 6h, 7d.</source>
        <translation>Rango de tiempo, p. ej. 15m, 6h, 7d.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Language, e.g. es_AR, pt_BR, en.</source>
        <translation>Idioma, p. ej. es_AR, pt_BR, en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="150"/>
        <source>Offline review: show what the local cache holds; ask no source.</source>
        <translation>Revisión sin conexión: mostrar lo que tiene la caché local; no consultar ninguna fuente.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="152"/>
        <source>Open an exported window (a .atalaya file) read-only, offline.</source>
        <translation>Abrir una ventana exportada (un archivo .atalaya) en solo lectura, sin conexión.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Cache file to use (default: per environment, under the user&apos;s cache folder).</source>
        <translation>Archivo de caché a usar (por defecto: uno por entorno, en la carpeta de caché del usuario).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Headless: fetch every source into the cache, write a JSON summary (--out) and exit: 0 when every source answered, 2 otherwise.</source>
        <translation>Sin ventana: traer cada fuente a la caché, escribir un resumen JSON (--out) y salir: 0 si respondieron todas las fuentes, 2 si no.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="159"/>
        <source>Where --snapshot writes its summary.</source>
        <translation>Dónde escribe --snapshot su resumen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="162"/>
        <source>Open the scale, rollback or restart dialog of the first deployment, or the degradation level dialog of the --vertical (its preview; nothing runs without confirmation).</source>
        <translation>Abrir el diálogo de escalado, vuelta atrás o reinicio del primer deployment, o el diálogo de nivel de degradación de la --vertical (su vista previa; nada se ejecuta sin confirmación).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="197"/>
        <source>--dialog: &quot;%1&quot; is not scale, rollback, restart or level</source>
        <translation>--dialog: &quot;%1&quot; no es scale, rollback, restart ni level</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="183"/>
        <source>--range: &quot;%1&quot; is not a duration of at least 1m (examples: 15m, 6h, 7d)</source>
        <translation>--range: &quot;%1&quot; no es una duración de al menos 1m (ejemplos: 15m, 6h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="203"/>
        <source>--snapshot needs --out FILE.json</source>
        <translation>--snapshot necesita --out ARCHIVO.json</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="205"/>
        <source>--snapshot fetches from the sources: it cannot be combined with --offline or --open</source>
        <translation>--snapshot consulta las fuentes: no se puede combinar con --offline ni --open</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="207"/>
        <source>--page: unknown page &quot;%1&quot; (pages: %2)</source>
        <translation>--page: página desconocida &quot;%1&quot; (páginas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="229"/>
        <source>--environment: no environment is named &quot;%1&quot;</source>
        <translation>--environment: no hay ningún entorno llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>--open: %1</source>
        <translation>--open: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="257"/>
        <source>snapshot written to %1, but not every source answered</source>
        <translation>resumen escrito en %1, pero no respondieron todas las fuentes</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="268"/>
        <source>--vertical: no vertical is named &quot;%1&quot;</source>
        <translation>--vertical: no hay ninguna vertical llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="276"/>
        <source>--region: no region is named &quot;%1&quot; (known: %2)</source>
        <translation>--region: no hay ninguna región llamada &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="321"/>
        <source>cannot write the screenshot to %1</source>
        <translation>no se puede escribir la captura en %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="323"/>
        <source>screenshot written to %1, but data could not load: %2</source>
        <translation>captura escrita en %1, pero los datos no cargaron: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="332"/>
        <source>timed out waiting for the page&apos;s data</source>
        <translation>se agotó el tiempo esperando los datos de la página</translation>
    </message>
</context>
</TS>
