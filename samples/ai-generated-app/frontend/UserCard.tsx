// User card of the Team Notes front end, generated with a coding assistant.
// Pairguard sample. Each FLAW block has its SAFE twin right after it.
import React from "react";

type Props = { name: string; bio: string };

// FLAW: xss
export function UserCard({ name, bio }: Props) {
  return (
    <div className="card">
      <h2>{name}</h2>
      <div dangerouslySetInnerHTML={{ __html: bio }} />
    </div>
  );
}

// SAFE: xss
export function UserCardSafe({ name, bio }: Props) {
  return (
    <div className="card">
      <h2>{name}</h2>
      <p>{bio}</p>
    </div>
  );
}
