class DownloadsController < ApplicationController
  UPLOADS = Rails.root.join("storage", "uploads").to_s

  def show
    # ruleid: ruby.path-traversal.file-access
    send_file "#{UPLOADS}/#{params[:filename]}", disposition: "attachment"
  end

  def show_safe
    # ok: ruby.path-traversal.file-access
    send_file File.join(UPLOADS, File.basename(params[:filename])), disposition: "attachment"
  end

  def preview
    path = Rails.root.join("storage", "previews", params[:name])
    # ruleid: ruby.path-traversal.file-access
    data = File.read(path)
    render plain: data
  end

  def preview_checked
    path = File.expand_path(params[:name], UPLOADS)
    return head(:forbidden) unless path.start_with?(UPLOADS + File::SEPARATOR)
    # ok: ruby.path-traversal.file-access
    data = File.read(path)
    render plain: data
  end

  def destroy
    name = request.headers["X-File-Name"]
    # ruleid: ruby.path-traversal.file-access
    FileUtils.rm_f(File.join(UPLOADS, name))
    # ok: ruby.path-traversal.file-access
    FileUtils.rm_f(File.join(UPLOADS, "#{params[:id].to_i}.png"))
    head :no_content
  end

  def upload
    file = params[:file]
    # ruleid: ruby.path-traversal.file-access
    File.open(File.join(UPLOADS, file.original_filename), "wb") { |f| f.write(file.read) }
    # ok: ruby.path-traversal.file-access
    File.open(File.join(UPLOADS, ActiveStorage::Filename.new(file.original_filename).sanitized), "wb") { |f| f.write("x") }
    head :created
  end
end

get "/files/*" do
  full = File.expand_path(params[:splat].first, "public/files")
  if full.start_with?(File.expand_path("public/files") + "/")
    # ok: ruby.path-traversal.file-access
    send_file full
  end
  # ruleid: ruby.path-traversal.file-access
  send_file File.join("public/files", params[:splat].first)
end
