<?php
// import_feed.php: imports a product feed posted by a partner.

$xml = file_get_contents('php://input');

$dom = new DOMDocument();
// ruleid: php.xxe.entity-expansion-enabled
$dom->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);

// ruleid: php.xxe.entity-expansion-enabled
$feed = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT);

// ruleid: php.xxe.entity-expansion-enabled
libxml_disable_entity_loader(false);

$reader = new XMLReader();
$reader->XML($xml);
// ruleid: php.xxe.entity-expansion-enabled
$reader->setParserProperty(XMLReader::SUBST_ENTITIES, true);

$safe = new DOMDocument();
// ok: php.xxe.entity-expansion-enabled
$safe->loadXML($xml, LIBXML_NONET);

// ok: php.xxe.entity-expansion-enabled
$safeFeed = simplexml_load_string($xml);

// ok: php.xxe.entity-expansion-enabled
libxml_disable_entity_loader(true);
