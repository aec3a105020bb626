from defusedxml.ElementTree import fromstring as safe_fromstring
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/upload/xml", methods=["POST"])
def upload_xml():
    # ruleid: python.xxe.xml-parser
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    return doc.findtext("name") or ""


@app.route("/v2/upload/xml", methods=["POST"])
def upload_xml_safe():
    # ok: python.xxe.xml-parser
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(request.data, parser)
    return doc.findtext("name") or ""


@app.route("/v3/upload/xml", methods=["POST"])
def upload_xml_default():
    # ruleid: python.xxe.xml-parser
    doc = etree.fromstring(request.get_data())
    # ok: python.xxe.xml-parser
    other = safe_fromstring(request.get_data())
    return (doc.findtext("name") or "") + (other.findtext("name") or "")
