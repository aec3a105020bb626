require "nokogiri"

class InvoicesController < ApplicationController
  def import
    xml = params[:file].read
    # ruleid: ruby.xxe.entity-expansion
    doc = Nokogiri::XML(xml) { |config| config.noent }
    render json: { total: doc.at_xpath("//total")&.text }
  end

  def import_dtd
    xml = request.raw_post
    # ruleid: ruby.xxe.entity-expansion
    options = Nokogiri::XML::ParseOptions::DEFAULT_XML | Nokogiri::XML::ParseOptions::NOENT
    doc = Nokogiri::XML(xml, nil, nil, options)
    render json: { total: doc.at_xpath("//total")&.text }
  end

  def import_safe
    xml = params[:file].read
    # ok: ruby.xxe.entity-expansion
    doc = Nokogiri::XML(xml) { |config| config.strict.nonet }
    render json: { total: doc.at_xpath("//total")&.text }
  end

  def import_default
    # ok: ruby.xxe.entity-expansion
    doc = Nokogiri::XML(request.raw_post)
    render json: { total: doc.at_xpath("//total")&.text }
  end
end

# ruleid: ruby.xxe.entity-expansion
LibXML::XML.default_substitute_entities = true
