const fs = require("fs");
const path = require("path");
const AdmZip = require("adm-zip");
const unzipper = require("unzipper");

function extractUpload(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    const target = path.join(dest, entry.entryName);
    if (entry.isDirectory) {
      // ruleid: javascript.path-traversal.zip-slip
      fs.mkdirSync(target, { recursive: true });
    } else {
      // ruleid: javascript.path-traversal.zip-slip
      fs.writeFileSync(target, entry.getData());
    }
  }
}

function extractSafely(zipPath, dest) {
  const root = path.resolve(dest);
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) {
      throw new Error(`Blocked entry ${entry.entryName}`);
    }
    // ok: javascript.path-traversal.zip-slip
    fs.writeFileSync(target, entry.getData());
  }
}

function extractStream(archive, dest) {
  fs.createReadStream(archive)
    .pipe(unzipper.Parse())
    .on("entry", (entry) => {
      // ruleid: javascript.path-traversal.zip-slip
      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractFlat(archive, dest) {
  fs.createReadStream(archive)
    .pipe(unzipper.Parse())
    .on("entry", (entry) => {
      // ok: javascript.path-traversal.zip-slip
      entry.pipe(fs.createWriteStream(path.join(dest, path.basename(entry.path))));
    });
}

module.exports = { extractUpload, extractSafely, extractStream, extractFlat };
