require "nokogiri"
require "rexml/document"

class CatalogController < ApplicationController
  def item
    doc = Nokogiri::XML(File.read(Rails.root.join("data", "catalog.xml")))
    sku = params[:sku]
    # ruleid: ruby.injection.xpath
    node = doc.at_xpath("//item[@sku='#{sku}']")
    # ok: ruby.injection.xpath
    node2 = doc.at_xpath("//item[@sku=$sku]", nil, { "sku" => sku })
    # ruleid: ruby.injection.xpath
    nodes = doc.xpath("//item[category='" + params[:category] + "']/name")
    # ok: ruby.injection.xpath
    all = doc.xpath("//item/name")
    render xml: [node, node2, nodes, all]
  end

  def user
    doc = REXML::Document.new(File.read("users.xml"))
    # ruleid: ruby.injection.xpath
    account = REXML::XPath.first(doc, "//user[name='#{params[:name]}' and pass='#{params[:pass]}']")
    # ok: ruby.injection.xpath
    account2 = REXML::XPath.first(doc, "//user[@id=#{params[:id].to_i}]")
    head(account ? :ok : :forbidden)
  end
end
