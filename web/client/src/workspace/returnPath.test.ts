import { describe, expect, it } from 'vitest';
import { returnTarget, signInPath } from './returnPath';

describe('sign-in return path', () => {
  it('comes back to the deep link it was sent from', () => {
    const path = signInPath('/lab/lab-abc/proiezione');
    expect(path).toBe('/staff/accesso?ritorno=%2Flab%2Flab-abc%2Fproiezione');
    expect(returnTarget(path.slice(path.indexOf('?')))).toBe('/lab/lab-abc/proiezione');
    expect(returnTarget(signInPath('/lab/x/replay?seq=4').replace('/staff/accesso', ''))).toBe('/lab/x/replay?seq=4');
  });

  it('goes to the workspace when there is no return path or it leads off the site', () => {
    expect(returnTarget('')).toBe('/staff');
    expect(returnTarget('?ritorno=https%3A%2F%2Fevil.example')).toBe('/staff');
    expect(returnTarget('?ritorno=%2F%2Fevil.example%2Fx')).toBe('/staff');
    expect(returnTarget('?ritorno=%2F%5Cevil.example')).toBe('/staff');
    expect(returnTarget('?ritorno=%2Fstaff%2Faccesso%3Fritorno%3D%2F')).toBe('/staff');
  });
});
