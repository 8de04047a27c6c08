import { useEffect, useRef, type ReactNode } from 'react';
import { takeHeadingFocus } from '../router';

/** A view's <h1>; after a change of view it takes the focus (it is focusable by script only). */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
