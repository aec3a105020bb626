class CalculatorController < ApplicationController
  OPERATIONS = {
    "add" => ->(a, b) { a + b },
    "mul" => ->(a, b) { a * b },
  }.freeze

  def compute
    expression = params[:expression]
    # ruleid: ruby.injection.code-eval
    result = eval(expression)
    # ok: ruby.injection.code-eval
    total = OPERATIONS.fetch(params[:op]).call(Integer(params[:a]), Integer(params[:b]))
    render json: { result: result, total: total }
  end

  def format
    field = params[:field]
    # ruleid: ruby.injection.code-eval
    value = current_user.instance_eval("self.#{field}")
    # ok: ruby.injection.code-eval
    label = current_user.instance_eval { name.upcase }
    # ruleid: ruby.injection.code-eval
    Report.class_eval("def #{params[:method_name]}; end")
    # ok: ruby.injection.code-eval
    doubled = eval("#{params[:n].to_i} * 2")
    render plain: "#{value} #{label} #{doubled}"
  end
end
