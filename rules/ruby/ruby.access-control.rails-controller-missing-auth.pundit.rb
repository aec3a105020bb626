# ok: ruby.access-control.rails-controller-missing-auth
class InvoicesController < ApplicationController
  def show
    @invoice = Invoice.find(params[:id])
    authorize @invoice
  end
end
