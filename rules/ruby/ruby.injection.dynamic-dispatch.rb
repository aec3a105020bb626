class ExportsController < ApplicationController
  FORMATTERS = { "csv" => CsvFormatter, "json" => JsonFormatter }.freeze
  FIELDS = %w[name email created_at].freeze

  def create
    # ruleid: ruby.injection.dynamic-dispatch
    klass = params[:formatter].constantize
    # ok: ruby.injection.dynamic-dispatch
    formatter = FORMATTERS.fetch(params[:formatter])
    report = Report.find(params[:id])
    # ruleid: ruby.injection.dynamic-dispatch
    value = report.send(params[:field])
    # ok: ruby.injection.dynamic-dispatch
    title = report.public_send(:title)
    render plain: formatter.new(klass, value, title).to_s
  end

  def build
    # ruleid: ruby.injection.dynamic-dispatch
    widget = Object.const_get(params[:type]).new(params[:options])
    field = FIELDS.include?(params[:field]) ? params[:field] : "name"
    # ok: ruby.injection.dynamic-dispatch
    label = widget.public_send(FORMATTERS.fetch(params[:fmt]).label_method)
    render plain: label
  end
end
