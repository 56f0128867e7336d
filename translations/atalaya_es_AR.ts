<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/sources/apierror.cpp" line="21" />
        <source>cannot reach %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="24" />
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 no respondió a tiempo (%2)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="27" />
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="30" />
        <source>%1 refused the credentials (HTTP %2): check the auth settings of this source</source>
        <translation>%1 rechazó las credenciales (HTTP %2): revise la autenticación de esta fuente</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="35" />
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondió %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="38" />
        <source>%1 sent a response that cannot be read: %2</source>
        <translation>%1 envió una respuesta que no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="41" />
        <source>the request to %1 was canceled</source>
        <translation>se canceló la solicitud a %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="45" />
        <source> (query: %1)</source>
        <translation> (consulta: %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="53" />
        <source>source unreachable</source>
        <translation>fuente inaccesible</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="55" />
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="57" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="59" />
        <source>credentials refused</source>
        <translation>credenciales rechazadas</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="61" />
        <source>query error: %1</source>
        <translation>error de consulta: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="63" />
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="67" />
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../models/config/config.cpp" line="63" />
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="73" />
        <source>unknown key (known keys here: %1)</source>
        <translation>clave desconocida (claves válidas aquí: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="84" />
        <source>expected a string, found %1</source>
        <translation>se esperaba un texto, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="94" />
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="112" />
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="134" />
        <location filename="../models/config/config.cpp" line="380" />
        <source>is required</source>
        <translation>es obligatoria</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="137" />
        <source>"%1" is not a valid id (lowercase letters, digits, '-' and '_', at most 63)</source>
        <translation>"%1" no es un id válido (minúsculas, dígitos, '-' y '_', hasta 63)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="149" />
        <source>"%1" is not an http:// or https:// URL</source>
        <translation>"%1" no es una URL http:// o https://</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="152" />
        <source>credentials must not be written in the URL; use "auth" with "secretEnv"</source>
        <translation>las credenciales no van en la URL; use "auth" con "secretEnv"</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="155" />
        <source>must start with '/'</source>
        <translation>debe empezar con '/'</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="167" />
        <source>"%1" is not one of none, basic, bearer</source>
        <translation>"%1" no es none, basic ni bearer</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="173" />
        <source>must name the environment variable that holds the secret (secrets are never stored in this file)</source>
        <translation>debe nombrar la variable de entorno que contiene el secreto (los secretos nunca se guardan en este archivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="176" />
        <source>is required for basic auth</source>
        <translation>es obligatorio para autenticación basic</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="181" />
        <source>expected an object of header names to values</source>
        <translation>se esperaba un objeto de nombres de encabezado a valores</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="186" />
        <source>not an allowed header name</source>
        <translation>no es un nombre de encabezado permitido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="188" />
        <source>expected a string</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="191" />
        <source>header values must be one line</source>
        <translation>los valores de encabezado deben ser de una línea</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="199" />
        <source>must be at least 1s</source>
        <translation>debe ser de al menos 1s</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="206" />
        <source>expected an object of query names to PromQL</source>
        <translation>se esperaba un objeto de nombres de consulta a PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="214" />
        <source>unknown query (known: %1)</source>
        <translation>consulta desconocida (válidas: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="216" />
        <source>expected a PromQL string</source>
        <translation>se esperaba un texto PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="221" />
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconocido {%1} (válidos: %2)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="240" />
        <source>expected a list of [from, to] hours</source>
        <translation>se esperaba una lista de horas [desde, hasta]</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="245" />
        <source>expected [from, to] with 0 &lt;= from &lt; to &lt;= 24</source>
        <translation>se esperaba [desde, hasta] con 0 &lt;= desde &lt; hasta &lt;= 24</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="254" />
        <source>expected a whole number from 1 to 1000</source>
        <translation>se esperaba un número entero de 1 a 1000</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="270" />
        <source>latitude must be between -90 and 90</source>
        <translation>la latitud debe estar entre -90 y 90</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="272" />
        <source>longitude must be between -180 and 180</source>
        <translation>la longitud debe estar entre -180 y 180</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="275" />
        <source>must be a positive number of milliseconds</source>
        <translation>debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="279" />
        <source>must be between 0 and 1</source>
        <translation>debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="300" />
        <source>every environment needs a Prometheus URL</source>
        <translation>cada entorno necesita una URL de Prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="359" />
        <source>this console reads configuration version 1</source>
        <translation>esta consola lee la versión 1 de la configuración</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="362" />
        <source>"%1" is not a known IANA time zone</source>
        <translation>"%1" no es una zona horaria IANA conocida</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="373" />
        <source>must be a fraction, e.g. 0.999</source>
        <translation>debe ser una fracción, p. ej. 0.999</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="387" />
        <source>expected a non-empty list</source>
        <translation>se esperaba una lista no vacía</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="398" />
        <source>"%1" appears twice</source>
        <translation>"%1" aparece dos veces</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="410" />
        <source>no environment is named "%1"</source>
        <translation>no hay ningún entorno llamado "%1"</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="428" />
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="430" />
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="434" />
        <source>the top level must be a JSON object</source>
        <translation>el nivel superior debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="509" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="510" />
        <source>%1: key "%2": %3</source>
        <translation>%1: clave "%2": %3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="570" />
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>PromDecoder</name>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="55" />
        <source>unexpected end of the body</source>
        <translation>fin inesperado del cuerpo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="61" />
        <source>expected '%1', found '%2'</source>
        <translation>se esperaba '%1', se encontró '%2'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="84" />
        <source>expected ',' or '%1'</source>
        <translation>se esperaba ',' o '%1'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="177" />
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="189" />
        <source>unterminated string</source>
        <translation>texto sin terminar</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="194" />
        <location filename="../models/sources/promdecoder.cpp" line="555" />
        <source>"%1" is not a sample value</source>
        <translation>"%1" no es un valor de muestra</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="202" />
        <source>nesting too deep</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="248" />
        <source>unexpected character '%1'</source>
        <translation>carácter inesperado '%1'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="255" />
        <source>unexpected data after the JSON value</source>
        <translation>datos inesperados después del valor JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="262" />
        <source>truncated \u escape</source>
        <translation>escape \u truncado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="274" />
        <source>invalid \u escape</source>
        <translation>escape \u inválido</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="525" />
        <source>at byte %1: %2</source>
        <translation>en el byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="533" />
        <source>no error message</source>
        <translation>sin mensaje de error</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="543" />
        <source>"status" is missing or unknown ("%1")</source>
        <translation>"status" falta o es desconocido ("%1")</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="551" />
        <source>a scalar result must be [time, "value"]</source>
        <translation>un resultado scalar debe ser [tiempo, "valor"]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="560" />
        <source>a string result must be [time, "value"]</source>
        <translation>un resultado string debe ser [tiempo, "valor"]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="564" />
        <source>unknown resultType "%1"</source>
        <translation>resultType desconocido "%1"</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="567" />
        <source>a %1 result must be a list of series</source>
        <translation>un resultado %1 debe ser una lista de series</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="582" />
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="594" />
        <source>"data" does not have the documented shape</source>
        <translation>"data" no tiene la forma documentada</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="45" />
        <source>empty body</source>
        <translation>cuerpo vacío</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="94" />
        <source>"%1" is not a label name</source>
        <translation>"%1" no es un nombre de etiqueta</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="177" />
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="186" />
        <location filename="../models/sources/prometheusclient.cpp" line="187" />
        <location filename="../models/sources/prometheusclient.cpp" line="195" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="226" />
        <source>%1 — last answer in %2 ms</source>
        <translation>%1 — última respuesta en %2 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="227" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../models/config/config.cpp" line="124" />
        <source>"%1" is not a duration (examples: 15s, 5m, 1h30m)</source>
        <translation>"%1" no es una duración (ejemplos: 15s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="94" />
        <location filename="../models/sources/promdecoder.cpp" line="112" />
        <source>control character in a string</source>
        <translation>carácter de control en un texto</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="98" />
        <location filename="../models/sources/promdecoder.cpp" line="107" />
        <source>unterminated string</source>
        <translation>texto sin terminar</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="118" />
        <source>unterminated escape</source>
        <translation>escape sin terminar</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="145" />
        <location filename="../models/sources/promdecoder.cpp" line="149" />
        <location filename="../models/sources/promdecoder.cpp" line="152" />
        <source>unpaired surrogate in \u escape</source>
        <translation>sustituto sin par en escape \u</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="158" />
        <source>invalid escape \%1</source>
        <translation>escape \%1 inválido</translation>
    </message>
</context>
<context>
    <name>atalaya::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="24" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>atalaya::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="338" />
        <source>Drag across the chart to zoom; right-click to export</source>
        <translation>Arrastre sobre el gráfico para acercar; clic derecho para exportar</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="367" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="368" />
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="422" />
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="423" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="424" />
        <source>Copy PromQL</source>
        <translation>Copiar PromQL</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="428" />
        <source>Open in Prometheus</source>
        <translation>Abrir en Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="448" />
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="449" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="459" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="488" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>atalaya::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54" />
        <source>Atalaya — %1</source>
        <translation>Atalaya — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87" />
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95" />
        <location filename="../ui/mainwindow.cpp" line="314" />
        <source>Times are shown in %1</source>
        <translation>Los horarios se muestran en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102" />
        <source>Configuration problem — the console runs on the built-in defaults:&lt;br&gt;%1</source>
        <translation>Problema de configuración — la consola usa los valores incorporados:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>ATALAYA</source>
        <translation>ATALAYA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136" />
        <source>Production environment</source>
        <translation>Entorno de producción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136" />
        <source>Non-production environment</source>
        <translation>Entorno que no es de producción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150" />
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151" />
        <location filename="../ui/mainwindow.cpp" line="156" />
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171" />
        <source>Previous time range (%1)</source>
        <translation>Rango anterior (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175" />
        <source>Next time range (%1)</source>
        <translation>Rango siguiente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178" />
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>Last %1</source>
        <translation>Últimos %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183" />
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197" />
        <source>Time zone of every time shown</source>
        <translation>Zona horaria de todos los horarios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223" />
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331" />
        <source>Time range</source>
        <translation>Rango de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373" />
        <source>Updated %1 (%2)</source>
        <translation>Actualizado %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375" />
        <source>Some data could not be loaded: %1</source>
        <translation>No se pudieron cargar algunos datos: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="26" />
        <source>Overview — %1</source>
        <translation>Resumen — %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="28" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="52" />
        <source>Click a vertical to open its dashboard</source>
        <translation>Haga clic en una vertical para abrir su tablero</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="87" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="88" />
        <source>requests/s</source>
        <translation>solicitudes/s</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="89" />
        <source>5xx ratio</source>
        <translation>proporción 5xx</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="175" />
        <source>Could not refresh: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="177" />
        <source>All verticals within their SLA · updated %1</source>
        <translation>Todas las verticales dentro de su SLA · actualizado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="179" />
        <source>%n vertical(s) critical</source>
        <translation><numerusform>%n vertical crítica</numerusform><numerusform>%n verticales críticas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="180" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n advertencia</numerusform><numerusform>%n advertencias</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="181" />
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
</context>
<context>
    <name>atalaya::SourceHealthLabel</name>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="21" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="23" />
        <source>slow</source>
        <translation>lento</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="25" />
        <source>failing</source>
        <translation>con fallas</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="27" />
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="31" />
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalDashboardPage</name>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="42" />
        <source>Latency (p50 / p95 / p99)</source>
        <translation>Latencia (p50 / p95 / p99)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="43" />
        <location filename="../ui/verticaldashboardpage.cpp" line="72" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44" />
        <location filename="../ui/verticaldashboardpage.cpp" line="81" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44" />
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="45" />
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="46" />
        <source>req/s</source>
        <translation>sol/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47" />
        <source>requests/s</source>
        <translation>solicitudes/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47" />
        <location filename="../ui/verticaldashboardpage.cpp" line="290" />
        <source>forecast</source>
        <translation>pronóstico</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48" />
        <source>Forecast for the next two hours: the same hours last week, scaled by how the last hour compares with the same hour last week</source>
        <translation>Pronóstico de las próximas dos horas: las mismas horas de la semana pasada, escaladas según cómo se compara la última hora con la misma hora de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="50" />
        <source>Error ratio (5xx)</source>
        <translation>Proporción de errores (5xx)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="51" />
        <location filename="../ui/verticaldashboardpage.cpp" line="59" />
        <location filename="../ui/verticaldashboardpage.cpp" line="67" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="52" />
        <source>5xx ratio</source>
        <translation>proporción 5xx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="53" />
        <source>1 % (5xx alert threshold, CheckIn canvas)</source>
        <translation>1 % (umbral de alerta 5xx, canvas CheckIn)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="54" />
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>desired</source>
        <translation>deseadas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>ready</source>
        <translation>listas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>HPA min</source>
        <translation>HPA mín</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="57" />
        <source>HPA max</source>
        <translation>HPA máx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="58" />
        <source>CPU and memory utilisation</source>
        <translation>Uso de CPU y memoria</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60" />
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="61" />
        <source>memory 80 % (scaling policy)</source>
        <translation>memoria 80 % (política de escalado)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="62" />
        <source>CPU 70 % (scaling policy)</source>
        <translation>CPU 70 % (política de escalado)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="63" />
        <source>Bookings per hour</source>
        <translation>Reservas por hora</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="64" />
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="65" />
        <source>bookings/h</source>
        <translation>reservas/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="66" />
        <source>Payment success by provider</source>
        <translation>Pagos exitosos por proveedor</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="68" />
        <source>95 % floor (production infrastructure)</source>
        <translation>piso 95 % (infraestructura de producción)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="69" />
        <source>97 % MercadoPago target (roadmap)</source>
        <translation>objetivo 97 % MercadoPago (roadmap)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="71" />
        <source>Payment gateway latency (p95)</source>
        <translation>Latencia de pasarelas de pago (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="78" />
        <source>Slowest routes now (p95, last 5 minutes)</source>
        <translation>Rutas más lentas ahora (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="81" />
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="177" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="180" />
        <source>SLA %1 ms (%2)</source>
        <translation>SLA %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="226" />
        <source>Shaded: %1 peak hours %2</source>
        <translation>Sombreado: horas pico de %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="274" />
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="302" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="314" />
        <source>no data in this range</source>
        <translation>sin datos en este rango</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="312" />
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="322" />
        <source>no forecast: no data from last week</source>
        <translation>sin pronóstico: no hay datos de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="327" />
        <source>no forecast: this hour is %1× last week's</source>
        <translation>sin pronóstico: esta hora es %1× la de la semana pasada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="333" />
        <source>forecast: last week × %1</source>
        <translation>pronóstico: semana pasada × %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="350" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="367" />
        <source>Step %1, rate window %2 · updated %3</source>
        <translation>Paso %1, ventana de tasa %2 · actualizado %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verticaldashboardpage.cpp" line="370" />
        <source>%n query(ies) failed · %1</source>
        <translation><numerusform>%n consulta falló · %1</numerusform><numerusform>%n consultas fallaron · %1</numerusform></translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalStatusModel</name>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="72" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="74" />
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="76" />
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="80" />
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="114" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="118" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="121" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="124" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="128" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="133" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="136" />
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="114" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="116" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="119" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="125" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="137" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="122" />
        <source>%1 req/s</source>
        <translation>%1 sol/s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="130" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="131" />
        <source>%1/%2 (HPA %3–%4)</source>
        <translation>%1/%2 (HPA %3–%4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="134" />
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="180" />
        <source>p95 latency over the last 5 minutes; SLA %1 ms</source>
        <translation>latencia p95 de los últimos 5 minutos; SLA %1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="183" />
        <source>Too few requests in the last minutes to judge the 5xx ratio</source>
        <translation>Muy pocas solicitudes en los últimos minutos para juzgar la proporción de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="184" />
        <source>Share of 5xx responses over the last 5 minutes; critical above 1 %</source>
        <translation>Proporción de respuestas 5xx de los últimos 5 minutos; crítico por encima de 1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="187" />
        <source>Share of non-5xx responses over 30 days; SLO %1 %</source>
        <translation>Proporción de respuestas sin 5xx en 30 días; SLO %1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="190" />
        <source>Ready / desired replicas of the main deployment, and its autoscaler's bounds; a warning when pinned at the maximum or when not all are ready</source>
        <translation>Réplicas listas / deseadas del deployment principal y los límites de su autoescalador; advertencia si está al máximo o si no todas están listas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="193" />
        <source>Payment success over the last 5 minutes; target 97 %, floor 95 %</source>
        <translation>Pagos exitosos de los últimos 5 minutos; objetivo 97 %, piso 95 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="205" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="207" />
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="209" />
        <source>p95 latency</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="211" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="213" />
        <source>5xx ratio</source>
        <translation>proporción 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="215" />
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="217" />
        <source>30-day availability</source>
        <translation>Disponibilidad 30 días</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="219" />
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="221" />
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="223" />
        <source>Payments OK</source>
        <translation>Pagos OK</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="98" />
        <source>Operations console for a multi-vertical booking platform.</source>
        <translation>Consola de operaciones para una plataforma de reservas multivertical.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101" />
        <source>Configuration file to use.</source>
        <translation>Archivo de configuración a usar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104" />
        <source>Environment to open (default: the configured one).</source>
        <translation>Entorno a abrir (por defecto: el configurado).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106" />
        <source>Log debug messages to stderr.</source>
        <translation>Registrar mensajes de depuración en stderr.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108" />
        <source>Render the page offscreen once its data has loaded, save it as PNG and exit.</source>
        <translation>Dibujar la página fuera de pantalla cuando carguen sus datos, guardarla como PNG y salir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="111" />
        <source>Page to open: %1.</source>
        <translation>Página a abrir: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113" />
        <source>Vertical to show.</source>
        <translation>Vertical a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115" />
        <source>Time range, e.g. 15m, 6h, 7d.</source>
        <translation>Rango de tiempo, p. ej. 15m, 6h, 7d.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="117" />
        <source>Language, e.g. es_AR, pt_BR, en.</source>
        <translation>Idioma, p. ej. es_AR, pt_BR, en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136" />
        <source>--range: "%1" is not a duration of at least 1m (examples: 15m, 6h, 7d)</source>
        <translation>--range: "%1" no es una duración de al menos 1m (ejemplos: 15m, 6h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142" />
        <source>--page: unknown page "%1" (pages: %2)</source>
        <translation>--page: página desconocida "%1" (páginas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164" />
        <source>--environment: no environment is named "%1"</source>
        <translation>--environment: no hay ningún entorno llamado "%1"</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173" />
        <source>--vertical: no vertical is named "%1"</source>
        <translation>--vertical: no hay ninguna vertical llamada "%1"</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="189" />
        <source>cannot write the screenshot to %1</source>
        <translation>no se puede escribir la captura en %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191" />
        <source>screenshot written to %1, but data could not load: %2</source>
        <translation>captura escrita en %1, pero los datos no cargaron: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="199" />
        <source>timed out waiting for the page's data</source>
        <translation>se agotó el tiempo esperando los datos de la página</translation>
    </message>
</context>
</TS>