class SearchController < ApplicationController
  helper_method :highlighted

  def index
    @query = params[:q]
    # ruleid: ruby.xss.html-safe-raw
    @banner = "<p>Results for <b>#{@query}</b></p>".html_safe
    # ok: ruby.xss.html-safe-raw
    @safe_banner = "<p>Results for <b>#{ERB::Util.html_escape(@query)}</b></p>".html_safe
    # ok: ruby.xss.html-safe-raw
    @footer = "<footer>Search</footer>".html_safe
  end

  def highlighted
    # ruleid: ruby.xss.html-safe-raw
    helpers.raw(params[:snippet])
  end

  def bio
    bio = request.headers["X-Bio"]
    # ruleid: ruby.xss.html-safe-raw
    render html: bio.html_safe
  end

  def cleaned
    # ok: ruby.xss.html-safe-raw
    render html: helpers.sanitize(params[:bio], tags: %w[b i a]).html_safe
  end
end
