import React from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

type Comment = { author: string; body: string };

export function CommentView({ comment }: { comment: Comment }) {
  return (
    <article className="comment">
      <h3>{comment.author}</h3>
      <div className="body" dangerouslySetInnerHTML={{ __html: comment.body }}></div>{/* ruleid: typescript.xss.react-dangerously-set-inner-html */}
      <div className="body" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />{/* ok: typescript.xss.react-dangerously-set-inner-html */}
      <p>{comment.body}</p>{/* ok: typescript.xss.react-dangerously-set-inner-html */}
    </article>
  );
}

export function MarkdownPreview({ source }: { source: string }) {
  const html = marked.parse(source) as string;
  // ruleid: typescript.xss.react-dangerously-set-inner-html
  return <section dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Footer() {
  // ok: typescript.xss.react-dangerously-set-inner-html
  return <footer dangerouslySetInnerHTML={{ __html: "&copy; 2026 Team Notes" }} />;
}
