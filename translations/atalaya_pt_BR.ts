<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/sources/apierror.cpp" line="13" />
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="18" />
        <source>cannot reach %1: %2</source>
        <translation>não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="21" />
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 não respondeu a tempo (%2)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="24" />
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondeu HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="28" />
        <source>%1 refused the credentials (HTTP %2): check the auth settings of this source</source>
        <translation>%1 recusou as credenciais (HTTP %2): verifique a autenticação desta fonte</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="30" />
        <source>%1 refused the credentials (HTTP %2): %3</source>
        <translation>%1 recusou as credenciais (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="33" />
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondeu %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="34" />
        <source>%1 answered %2: %3</source>
        <translation>%1 respondeu %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="37" />
        <source>%1 sent a response that cannot be read: %2</source>
        <translation>%1 enviou uma resposta que não pode ser lida: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="40" />
        <source>the request to %1 was canceled</source>
        <translation>a requisição a %1 foi cancelada</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="43" />
        <source>offline: the cache holds nothing from %1 for this window</source>
        <translation>offline: o cache não tem nada de %1 para esta janela</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="47" />
        <source> (query: %1)</source>
        <translation> (consulta: %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="55" />
        <source>source unreachable</source>
        <translation>fonte inacessível</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="57" />
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="59" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="61" />
        <source>credentials refused</source>
        <translation>credenciais recusadas</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="63" />
        <source>query error: %1</source>
        <translation>erro de consulta: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="65" />
        <source>unreadable answer</source>
        <translation>resposta ilegível</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="67" />
        <source>not in the cache</source>
        <translation>não está no cache</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="71" />
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../models/config/config.cpp" line="63" />
        <source>expected an object, found %1</source>
        <translation>esperava-se um objeto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="73" />
        <source>unknown key (known keys here: %1)</source>
        <translation>chave desconhecida (chaves válidas aqui: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="84" />
        <source>expected a string, found %1</source>
        <translation>esperava-se um texto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="94" />
        <source>expected a number, found %1</source>
        <translation>esperava-se um número, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="112" />
        <source>expected true or false, found %1</source>
        <translation>esperava-se true ou false, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="134" />
        <location filename="../models/config/config.cpp" line="387" />
        <source>is required</source>
        <translation>é obrigatória</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="137" />
        <source>"%1" is not a valid id (lowercase letters, digits, '-' and '_', at most 63)</source>
        <translation>"%1" não é um id válido (minúsculas, dígitos, '-' e '_', até 63)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="149" />
        <source>"%1" is not an http:// or https:// URL</source>
        <translation>"%1" não é uma URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="152" />
        <source>credentials must not be written in the URL; use "auth" with "secretEnv"</source>
        <translation>as credenciais não devem ir na URL; use "auth" com "secretEnv"</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="155" />
        <source>must start with '/'</source>
        <translation>deve começar com '/'</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="167" />
        <source>"%1" is not one of none, basic, bearer</source>
        <translation>"%1" não é none, basic nem bearer</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="173" />
        <source>must name the environment variable that holds the secret (secrets are never stored in this file)</source>
        <translation>deve nomear a variável de ambiente que contém o segredo (segredos nunca são guardados neste arquivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="176" />
        <source>is required for basic auth</source>
        <translation>é obrigatório para autenticação basic</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="181" />
        <source>expected an object of header names to values</source>
        <translation>esperava-se um objeto de nomes de cabeçalho para valores</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="186" />
        <source>not an allowed header name</source>
        <translation>não é um nome de cabeçalho permitido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="188" />
        <source>expected a string</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="191" />
        <source>header values must be one line</source>
        <translation>os valores de cabeçalho devem ter uma linha</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="199" />
        <source>must be at least 1s</source>
        <translation>deve ser de pelo menos 1s</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="206" />
        <source>expected an object of query names to PromQL</source>
        <translation>esperava-se um objeto de nomes de consulta para PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="214" />
        <source>unknown query (known: %1)</source>
        <translation>consulta desconhecida (válidas: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="216" />
        <source>expected a PromQL string</source>
        <translation>esperava-se um texto PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="221" />
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconhecido {%1} (válidos: %2)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="240" />
        <source>expected a list of [from, to] hours</source>
        <translation>esperava-se uma lista de horas [de, até]</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="245" />
        <source>expected [from, to] with 0 &lt;= from &lt; to &lt;= 24</source>
        <translation>esperava-se [de, até] com 0 &lt;= de &lt; até &lt;= 24</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="254" />
        <source>expected a whole number from 1 to 1000</source>
        <translation>esperava-se um número inteiro de 1 a 1000</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="270" />
        <source>latitude must be between -90 and 90</source>
        <translation>a latitude deve estar entre -90 e 90</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="272" />
        <source>longitude must be between -180 and 180</source>
        <translation>a longitude deve estar entre -180 e 180</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="275" />
        <source>must be a positive number of milliseconds</source>
        <translation>deve ser um número positivo de milissegundos</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="279" />
        <source>must be between 0 and 1</source>
        <translation>deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="300" />
        <source>every environment needs a Prometheus URL</source>
        <translation>cada ambiente precisa de uma URL do Prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="359" />
        <source>this console reads configuration version 1</source>
        <translation>este console lê a versão 1 da configuração</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="362" />
        <source>"%1" is not a known IANA time zone</source>
        <translation>"%1" não é um fuso horário IANA conhecido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="373" />
        <source>must be a fraction, e.g. 0.999</source>
        <translation>deve ser uma fração, p. ex. 0.999</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="380" />
        <source>must be between 1 and 3650 days</source>
        <translation>deve estar entre 1 e 3650 dias</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="394" />
        <source>expected a non-empty list</source>
        <translation>esperava-se uma lista não vazia</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="405" />
        <source>"%1" appears twice</source>
        <translation>"%1" aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="417" />
        <source>no environment is named "%1"</source>
        <translation>nenhum ambiente se chama "%1"</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="435" />
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="437" />
        <source>not valid JSON (%1)</source>
        <translation>não é JSON válido (%1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="441" />
        <source>the top level must be a JSON object</source>
        <translation>o nível superior deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="516" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="517" />
        <source>%1: key "%2": %3</source>
        <translation>%1: chave "%2": %3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="577" />
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
</context>
<context>
    <name>PromDecoder</name>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="55" />
        <source>unexpected end of the body</source>
        <translation>fim inesperado do corpo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="61" />
        <source>expected '%1', found '%2'</source>
        <translation>esperava-se '%1', encontrado '%2'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="84" />
        <source>expected ',' or '%1'</source>
        <translation>esperava-se ',' ou '%1'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="177" />
        <location filename="../models/sources/promdecoder.cpp" line="181" />
        <source>expected a number</source>
        <translation>esperava-se um número</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="193" />
        <source>unterminated string</source>
        <translation>texto não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="198" />
        <location filename="../models/sources/promdecoder.cpp" line="579" />
        <source>"%1" is not a sample value</source>
        <translation>"%1" não é um valor de amostra</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="207" />
        <source>nesting too deep</source>
        <translation>aninhamento profundo demais</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="253" />
        <source>unexpected character '%1'</source>
        <translation>caractere inesperado '%1'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="260" />
        <source>unexpected data after the JSON value</source>
        <translation>dados inesperados após o valor JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="267" />
        <source>truncated \u escape</source>
        <translation>escape \u truncado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="279" />
        <source>invalid \u escape</source>
        <translation>escape \u inválido</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="549" />
        <location filename="../models/sources/promdecoder.cpp" line="610" />
        <source>at byte %1: %2</source>
        <translation>no byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="557" />
        <location filename="../models/sources/promdecoder.cpp" line="629" />
        <source>no error message</source>
        <translation>sem mensagem de erro</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="567" />
        <location filename="../models/sources/promdecoder.cpp" line="633" />
        <source>"status" is missing or unknown ("%1")</source>
        <translation>"status" ausente ou desconhecido ("%1")</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="575" />
        <source>a scalar result must be [time, "value"]</source>
        <translation>um resultado scalar deve ser [tempo, "valor"]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="584" />
        <source>a string result must be [time, "value"]</source>
        <translation>um resultado string deve ser [tempo, "valor"]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="588" />
        <source>"data.resultType" is missing</source>
        <translation>falta "data.resultType"</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="590" />
        <source>unknown resultType "%1"</source>
        <translation>resultType desconhecido "%1"</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="593" />
        <source>a %1 result must be a list of series</source>
        <translation>um resultado %1 deve ser uma lista de séries</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="615" />
        <source>at byte 0: not a JSON object</source>
        <translation>no byte 0: não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="643" />
        <source>"data" does not have the documented shape</source>
        <translation>"data" não tem o formato documentado</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="63" />
        <source>empty body</source>
        <translation>corpo vazio</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="195" />
        <source>an empty label name was asked for</source>
        <translation>foi pedido um nome de rótulo vazio</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="268" />
        <source>the client was shut down</source>
        <translation>o cliente foi encerrado</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="275" />
        <source>no HTTP answer</source>
        <translation>sem resposta HTTP</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="284" />
        <source>this source is configured without credentials</source>
        <translation>esta fonte está configurada sem credenciais</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="286" />
        <source>the environment variable "%1" that should hold the secret is not set</source>
        <translation>a variável de ambiente "%1", que deveria conter o segredo, não está definida</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="301" />
        <source>expected JSON, got %1: %2</source>
        <translation>esperava JSON e veio %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="272" />
        <source>no answer within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="394" />
        <source>%1 — last answer in %2 ms</source>
        <translation>%1 — última resposta em %2 ms</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../models/config/config.cpp" line="124" />
        <source>"%1" is not a duration (examples: 15s, 5m, 1h30m)</source>
        <translation>"%1" não é uma duração (exemplos: 15s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="94" />
        <location filename="../models/sources/promdecoder.cpp" line="112" />
        <source>control character in a string</source>
        <translation>caractere de controle em um texto</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="98" />
        <location filename="../models/sources/promdecoder.cpp" line="107" />
        <source>unterminated string</source>
        <translation>texto não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="118" />
        <source>unterminated escape</source>
        <translation>escape não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="145" />
        <location filename="../models/sources/promdecoder.cpp" line="149" />
        <location filename="../models/sources/promdecoder.cpp" line="152" />
        <source>unpaired surrogate in \u escape</source>
        <translation>substituto sem par em escape \u</translation>
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
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>atalaya::CacheDialog</name>
    <message>
        <location filename="../ui/cachedialog.cpp" line="42" />
        <source>Local cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="50" />
        <source>&lt;b&gt;What is cached&lt;/b&gt; — per source and query, the windows fetched (offline review shows these)</source>
        <translation>&lt;b&gt;O que está em cache&lt;/b&gt; — por fonte e consulta, as janelas obtidas (a revisão offline mostra estas)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="52" />
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="52" />
        <source>Windows cached</source>
        <translation>Janelas em cache</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="52" />
        <source>From – to</source>
        <translation>De – até</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="52" />
        <source>Last fetched</source>
        <translation>Última obtenção</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="58" />
        <source>&lt;b&gt;Pinned windows&lt;/b&gt; — kept beyond retention (incidents under review)</source>
        <translation>&lt;b&gt;Janelas fixadas&lt;/b&gt; — mantidas além da retenção (incidentes em análise)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="60" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="60" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="60" />
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="68" />
        <source>Pin the current window…</source>
        <translation>Fixar a janela atual…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="69" />
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="70" />
        <source>Export the current window…</source>
        <translation>Exportar a janela atual…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="71" />
        <source>Compact now</source>
        <translation>Compactar agora</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="102" />
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 on disk · %4 series · %5 samples (%6 bytes a sample) · %7 audit entries&lt;br&gt;Holds %8 to %9 · kept for %10 days, pinned windows longer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 em disco · %4 séries · %5 amostras (%6 bytes por amostra) · %7 registros de auditoria&lt;br&gt;Contém de %8 a %9 · mantido por %10 dias, janelas fixadas por mais tempo</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="104" />
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="106" />
        <source>nothing yet</source>
        <translation>nada ainda</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="115" />
        <location filename="../ui/cachedialog.cpp" line="118" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="138" />
        <source>Compacting…</source>
        <translation>Compactando…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="142" />
        <source>Compacted.</source>
        <translation>Compactado.</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="142" />
        <source>Compacting failed; see the log.</source>
        <translation>Falha ao compactar; veja o log.</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="151" />
        <source>Pin a window</source>
        <translation>Fixar uma janela</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="152" />
        <source>Title for %1 – %2:</source>
        <translation>Título para %1 – %2:</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="153" />
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="170" />
        <source>Export the current window</source>
        <translation>Exportar a janela atual</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="172" />
        <source>Atalaya cache (*.atalaya)</source>
        <translation>Cache do Atalaya (*.atalaya)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="175" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="177" />
        <source>Exported to %1 — open it anywhere with: atalaya --open %1</source>
        <translation>Exportado para %1 — abra em qualquer máquina com: atalaya --open %1</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="178" />
        <source>Export failed; see the log.</source>
        <translation>Falha ao exportar; veja o log.</translation>
    </message>
</context>
<context>
    <name>atalaya::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="338" />
        <source>Drag across the chart to zoom; right-click to export</source>
        <translation>Arraste sobre o gráfico para ampliar; clique direito para exportar</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="367" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="368" />
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="422" />
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
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
        <translation>Abrir no Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="448" />
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="449" />
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="459" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="488" />
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>atalaya::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57" />
        <source>Atalaya — %1</source>
        <translation>Atalaya — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90" />
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96" />
        <source>Offline review: Prometheus is not asked</source>
        <translation>Revisão offline: o Prometheus não é consultado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104" />
        <source>Local cache: %1</source>
        <translation>Cache local: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111" />
        <location filename="../ui/mainwindow.cpp" line="337" />
        <source>Times are shown in %1</source>
        <translation>Os horários são mostrados em %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116" />
        <source>Reviewing %1 (read-only): every chart shows what was exported; no source is asked.</source>
        <translation>Revisando %1 (somente leitura): cada gráfico mostra o que foi exportado; nenhuma fonte é consultada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118" />
        <source>Offline review: every chart shows the local cache; no source is asked.</source>
        <translation>Revisão offline: cada gráfico mostra o cache local; nenhuma fonte é consultada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119" />
        <source>Coverage: status bar → Cache.</source>
        <translation>Cobertura: barra de status → Cache.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125" />
        <source>Configuration problem — the console runs on the built-in defaults:&lt;br&gt;%1</source>
        <translation>Problema de configuração — o console usa os valores embutidos:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153" />
        <source>ATALAYA</source>
        <translation>ATALAYA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>Production environment</source>
        <translation>Ambiente de produção</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>Non-production environment</source>
        <translation>Ambiente fora de produção</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173" />
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174" />
        <location filename="../ui/mainwindow.cpp" line="179" />
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194" />
        <source>Previous time range (%1)</source>
        <translation>Intervalo anterior (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198" />
        <source>Next time range (%1)</source>
        <translation>Próximo intervalo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201" />
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205" />
        <source>Last %1</source>
        <translation>Últimos %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206" />
        <source>From… to…</source>
        <translation>De… até…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220" />
        <source>Time zone of every time shown</source>
        <translation>Fuso horário de todos os horários</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234" />
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237" />
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237" />
        <source>every %1</source>
        <translation>a cada %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246" />
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354" />
        <source>Time range</source>
        <translation>Intervalo de tempo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364" />
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396" />
        <source>Updated %1 (%2)</source>
        <translation>Atualizado %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399" />
        <source>Some data could not be loaded: %1</source>
        <translation>Alguns dados não puderam ser carregados: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402" />
        <source>Offline — the sources do not answer; charts show the local cache as of %1. Live data resumes by itself.</source>
        <translation>Offline — as fontes não respondem; os gráficos mostram o cache local das %1. Os dados ao vivo voltam sozinhos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405" />
        <source>Offline —</source>
        <translation>Offline —</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414" />
        <source>Cache ⚠</source>
        <translation>Cache ⚠</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415" />
        <source>Cache: offline review</source>
        <translation>Cache: revisão offline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415" />
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417" />
        <source>Local cache %1 — click for coverage, pinned windows, export</source>
        <translation>Cache local %1 — clique para cobertura, janelas fixadas, exportação</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="27" />
        <source>Overview — %1</source>
        <translation>Visão geral — %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="29" />
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="53" />
        <source>Click a vertical to open its dashboard</source>
        <translation>Clique em uma vertical para abrir seu painel</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="94" />
        <source>Showing the cache as of %1 while the sources answer…</source>
        <translation>Mostrando o cache das %1 enquanto as fontes respondem…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="113" />
        <source>Could not refresh: %1</source>
        <translation>Não foi possível atualizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115" />
        <source>Offline review · from the cache, fetched %1</source>
        <translation>Revisão offline · do cache, obtido %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="116" />
        <source>Offline — showing the cache as of %1</source>
        <translation>Offline — mostrando o cache das %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="118" />
        <source>All verticals within their SLA · updated %1</source>
        <translation>Todas as verticais dentro do SLA · atualizado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="120" />
        <source>%n vertical(s) critical</source>
        <translation>
            <numerusform>%n vertical crítica</numerusform>
            <numerusform>%n verticais críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="121" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="122" />
        <source>updated %1</source>
        <translation>atualizado %1</translation>
    </message>
</context>
<context>
    <name>atalaya::QuerySet</name>
    <message>
        <location filename="../models/sources/queryset.cpp" line="101" />
        <source>waiting for the source</source>
        <translation>aguardando a fonte</translation>
    </message>
    <message>
        <location filename="../models/sources/queryset.cpp" line="112" />
        <source>offline review</source>
        <translation>revisão offline</translation>
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
        <translation>falhando</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="27" />
        <source>offline</source>
        <translation>offline</translation>
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
        <translation>Latência (p50 / p95 / p99)</translation>
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
        <translation>Requisições por segundo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="46" />
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47" />
        <source>requests/s</source>
        <translation>requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47" />
        <location filename="../ui/verticaldashboardpage.cpp" line="289" />
        <source>forecast</source>
        <translation>previsão</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48" />
        <source>Forecast for the next two hours: the same hours last week, scaled by how the last hour compares with the same hour last week</source>
        <translation>Previsão das próximas duas horas: as mesmas horas da semana passada, escaladas pela comparação da última hora com a mesma hora da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="50" />
        <source>Error ratio (5xx)</source>
        <translation>Taxa de erros (5xx)</translation>
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
        <translation>taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="53" />
        <source>1 % (5xx alert threshold, CheckIn canvas)</source>
        <translation>1 % (limite de alerta 5xx, canvas CheckIn)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="54" />
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>desired</source>
        <translation>desejadas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>ready</source>
        <translation>prontas</translation>
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
        <translation>Uso de CPU e memória</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60" />
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="61" />
        <source>memory 80 % (scaling policy)</source>
        <translation>memória 80 % (política de escalonamento)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="62" />
        <source>CPU 70 % (scaling policy)</source>
        <translation>CPU 70 % (política de escalonamento)</translation>
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
        <translation>Pagamentos aprovados por provedor</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="68" />
        <source>95 % floor (production infrastructure)</source>
        <translation>piso 95 % (infraestrutura de produção)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="69" />
        <source>97 % MercadoPago target (roadmap)</source>
        <translation>meta 97 % MercadoPago (roadmap)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="71" />
        <source>Payment gateway latency (p95)</source>
        <translation>Latência dos gateways de pagamento (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="78" />
        <source>Slowest routes now (p95, last 5 minutes)</source>
        <translation>Rotas mais lentas agora (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="81" />
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="174" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="177" />
        <source>SLA %1 ms (%2)</source>
        <translation>SLA %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="223" />
        <source>Shaded: %1 peak hours %2</source>
        <translation>Sombreado: horários de pico de %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="273" />
        <source>loading…</source>
        <translation>carregando…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="301" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="323" />
        <source>cached %1 — waiting for the source…</source>
        <translation>em cache %1 — aguardando a fonte…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="325" />
        <source>offline — as of %1</source>
        <translation>offline — das %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="329" />
        <source>no data in this range</source>
        <translation>sem dados neste intervalo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="327" />
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="337" />
        <source>no forecast: no data from last week</source>
        <translation>sem previsão: sem dados da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="342" />
        <source>no forecast: this hour is %1× last week's</source>
        <translation>sem previsão: esta hora é %1× a da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="348" />
        <source>forecast: last week × %1</source>
        <translation>previsão: semana passada × %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="365" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="386" />
        <source>Offline review · from the cache, fetched %1</source>
        <translation>Revisão offline · do cache, obtido %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="387" />
        <source>Offline — showing the cache as of %1</source>
        <translation>Offline — mostrando o cache das %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="389" />
        <source>Step %1, rate window %2 · updated %3</source>
        <translation>Passo %1, janela de taxa %2 · atualizado %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verticaldashboardpage.cpp" line="392" />
        <source>%n query(ies) failed · %1</source>
        <translation>
            <numerusform>%n consulta falhou · %1</numerusform>
            <numerusform>%n consultas falharam · %1</numerusform>
        </translation>
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
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="76" />
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="80" />
        <source>No data</source>
        <translation>Sem dados</translation>
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
        <translation>sem dados</translation>
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
        <translation>%1 req/s</translation>
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
        <translation>latência p95 dos últimos 5 minutos; SLA %1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="183" />
        <source>Too few requests in the last minutes to judge the 5xx ratio</source>
        <translation>Poucas requisições nos últimos minutos para julgar a taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="184" />
        <source>Share of 5xx responses over the last 5 minutes; critical above 1 %</source>
        <translation>Proporção de respostas 5xx nos últimos 5 minutos; crítico acima de 1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="187" />
        <source>Share of non-5xx responses over 30 days; SLO %1 %</source>
        <translation>Proporção de respostas sem 5xx em 30 dias; SLO %1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="190" />
        <source>Ready / desired replicas of the main deployment, and its autoscaler's bounds; a warning when pinned at the maximum or when not all are ready</source>
        <translation>Réplicas prontas / desejadas do deployment principal e os limites do autoescalador; alerta quando no máximo ou quando nem todas estão prontas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="193" />
        <source>Payment success over the last 5 minutes; target 97 %, floor 95 %</source>
        <translation>Pagamentos aprovados nos últimos 5 minutos; meta 97 %, piso 95 %</translation>
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
        <translation>Latência p95</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="211" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="213" />
        <source>5xx ratio</source>
        <translation>taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="215" />
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="217" />
        <source>30-day availability</source>
        <translation>Disponibilidade 30 dias</translation>
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
        <translation>Pagamentos OK</translation>
    </message>
</context>
<context>
    <name>atalaya::cache::Cache</name>
    <message>
        <location filename="../models/cache/cache.cpp" line="73" />
        <location filename="../models/cache/cache.cpp" line="199" />
        <source>the cache %1 is not open</source>
        <translation>o cache %1 não está aberto</translation>
    </message>
</context>
<context>
    <name>atalaya::cache::CacheDb</name>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="179" />
        <source>cache file %1 does not exist</source>
        <translation>o arquivo de cache %1 não existe</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="216" />
        <source>%1 is not an Atalaya cache this version can read (schema %2, this build reads 1 to %3)</source>
        <translation>%1 não é um cache do Atalaya que esta versão consiga ler (esquema %2; esta versão lê de 1 a %3)</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="227" />
        <source>cannot open the cache %1: %2</source>
        <translation>não é possível abrir o cache %1: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="232" />
        <source>The cache %1 could not be read (%2); it was moved to %3 and a new cache was started.</source>
        <translation>Não foi possível ler o cache %1 (%2); ele foi movido para %3 e um novo cache foi iniciado.</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="243" />
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="244" />
        <source>cache %1: %2 failed: %3</source>
        <translation>cache %1: %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="307" />
        <source>cache %1 was written by a newer Atalaya (schema %2; this one knows up to %3)</source>
        <translation>o cache %1 foi gravado por um Atalaya mais novo (esquema %2; este conhece até o %3)</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="320" />
        <source>cache %1: migration to schema %2 failed: %3</source>
        <translation>cache %1: a migração para o esquema %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="648" />
        <source>cache %1 is open read-only: nothing can be audited, so nothing may run</source>
        <translation>o cache %1 está aberto somente para leitura: nada pode ser auditado, então nada pode ser executado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="58" />
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120" />
        <source>Operations console for a multi-vertical booking platform.</source>
        <translation>Console de operações para uma plataforma de reservas multivertical.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123" />
        <source>Configuration file to use.</source>
        <translation>Arquivo de configuração a usar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="126" />
        <source>Environment to open (default: the configured one).</source>
        <translation>Ambiente a abrir (padrão: o configurado).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128" />
        <source>Log debug messages to stderr.</source>
        <translation>Registrar mensagens de depuração no stderr.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="130" />
        <source>Render the page offscreen once its data has loaded, save it as PNG and exit.</source>
        <translation>Desenhar a página fora da tela quando os dados carregarem, salvar como PNG e sair.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133" />
        <source>Page to open: %1.</source>
        <translation>Página a abrir: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135" />
        <source>Vertical to show.</source>
        <translation>Vertical a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="137" />
        <source>Time range, e.g. 15m, 6h, 7d.</source>
        <translation>Intervalo de tempo, p. ex. 15m, 6h, 7d.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="139" />
        <source>Language, e.g. es_AR, pt_BR, en.</source>
        <translation>Idioma, p. ex. es_AR, pt_BR, en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142" />
        <source>Offline review: show what the local cache holds; ask no source.</source>
        <translation>Revisão offline: mostrar o que o cache local contém; não consultar nenhuma fonte.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="144" />
        <source>Open an exported window (a .atalaya file) read-only, offline.</source>
        <translation>Abrir uma janela exportada (um arquivo .atalaya) somente para leitura, offline.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147" />
        <source>Cache file to use (default: per environment, under the user's cache folder).</source>
        <translation>Arquivo de cache a usar (padrão: um por ambiente, na pasta de cache do usuário).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="150" />
        <source>Headless: fetch every source into the cache, write a JSON summary (--out) and exit: 0 when every source answered, 2 otherwise.</source>
        <translation>Sem janela: trazer cada fonte para o cache, gravar um resumo JSON (--out) e sair: 0 se todas as fontes responderam, 2 caso contrário.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="151" />
        <source>Where --snapshot writes its summary.</source>
        <translation>Onde o --snapshot grava o resumo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="171" />
        <source>--range: "%1" is not a duration of at least 1m (examples: 15m, 6h, 7d)</source>
        <translation>--range: "%1" não é uma duração de pelo menos 1m (exemplos: 15m, 6h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186" />
        <source>--snapshot needs --out FILE.json</source>
        <translation>--snapshot precisa de --out ARQUIVO.json</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="188" />
        <source>--snapshot fetches from the sources: it cannot be combined with --offline or --open</source>
        <translation>--snapshot consulta as fontes: não pode ser combinado com --offline nem --open</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="190" />
        <source>--page: unknown page "%1" (pages: %2)</source>
        <translation>--page: página desconhecida "%1" (páginas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="212" />
        <source>--environment: no environment is named "%1"</source>
        <translation>--environment: nenhum ambiente se chama "%1"</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="227" />
        <source>--open: %1</source>
        <translation>--open: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="240" />
        <source>snapshot written to %1, but not every source answered</source>
        <translation>resumo gravado em %1, mas nem todas as fontes responderam</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="251" />
        <source>--vertical: no vertical is named "%1"</source>
        <translation>--vertical: nenhuma vertical se chama "%1"</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="267" />
        <source>cannot write the screenshot to %1</source>
        <translation>não é possível gravar a captura em %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="269" />
        <source>screenshot written to %1, but data could not load: %2</source>
        <translation>captura gravada em %1, mas os dados não carregaram: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="277" />
        <source>timed out waiting for the page's data</source>
        <translation>tempo esgotado esperando os dados da página</translation>
    </message>
</context>
</TS>